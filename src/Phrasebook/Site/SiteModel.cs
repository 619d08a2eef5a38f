using System.Collections.Concurrent;
using Phrasebook.AutoLinks;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Markdown;
using Phrasebook.Theming;
using Phrasebook.Views;

namespace Phrasebook.Site;

/// <summary>
/// Everything one build knows, made once after validation and handed to every module as
/// <c>PipelineContext&lt;SiteModel&gt;.Model</c>: the content, its lookups and URLs, the git history,
/// the theme, the Markdown renderer, the views shared by each language's pages, and the facts features derive
/// from it (<see cref="ModelFact{T}"/>). Immutable; the preview makes the next model from the last one
/// (<see cref="Next"/>), keeping what does not depend on the content.
/// </summary>
public sealed class SiteModel
{
    private readonly ConcurrentDictionary<object, Lazy<object>> _facts = new(ReferenceEqualityComparer.Instance);

    /// <param name="index">The content's lookups (made by validation), with the git history of this build.</param>
    /// <param name="matchers">The auto-link matchers of earlier builds (the preview's), reused while the terms' phrases stay the same.</param>
    /// <param name="roleTexts">Role texts of earlier builds, and where this build's go (the build cache's).</param>
    public SiteModel(SiteIndex index, Theme theme, TermMatchers? matchers = null, IRoleTextStore? roleTexts = null)
    {
        Index = index;
        Theme = theme;
        Matchers = matchers ?? new TermMatchers();
        Markdown = new MarkdownRenderer(index);
        Mentions = new Mentions(index, Markdown, Matchers);
        Views = new SharedViews(index, theme, Markdown, Matchers, Mentions, roleTexts);
    }

    public SiteContent Content => Index.Content;

    public Settings Settings => Index.Settings;

    /// <summary>Lookups by id, code and slug, the URLs, and when each source file last changed.</summary>
    public SiteIndex Index { get; }

    public Theme Theme { get; }

    public MarkdownRenderer Markdown { get; }

    /// <summary>The template variables and view factory of each language.</summary>
    public SharedViews Views { get; }

    /// <summary>The auto-link matchers per language; they keep their compiled phrases from build to build.</summary>
    public TermMatchers Matchers { get; }

    /// <summary>
    /// A feature's fact of this model, made on first use (a term edit in the preview may skip the pages that
    /// need it) and then kept, once per model: the next model makes its own.
    /// </summary>
    public T Fact<T>(ModelFact<T> fact)
        where T : class =>
        (T)_facts.GetOrAdd(fact, _ => new Lazy<object>(() => fact.Make(this))).Value;

    /// <summary>The terms each process and page mentions in each language, from the bodies' syntax trees; found when first asked for.</summary>
    public Mentions Mentions { get; }

    /// <summary>The model of edited content (<paramref name="index"/>) with this model's theme and auto-link matchers.</summary>
    public SiteModel Next(SiteIndex index) => new(index, Theme, Matchers);
}
