using Phrasebook.AutoLinks;
using Phrasebook.Content.Model;
using Phrasebook.History;
using Phrasebook.InvoiceCodes;
using Phrasebook.Markdown;
using Phrasebook.Rendering;
using Phrasebook.Theming;

namespace Phrasebook.Site;

/// <summary>
/// Everything one build knows, made once after validation and handed to every module as
/// <c>PipelineContext&lt;SiteModel&gt;.Model</c>: the content, its lookups and URLs, the git history,
/// the theme, the Markdown renderer, the views shared by each language's pages, the change log and
/// the invoice code entries. Immutable; the preview makes the next model from the last one
/// (<see cref="Next"/>), keeping what does not depend on the content.
/// </summary>
public sealed class SiteModel
{
    private readonly Lazy<IReadOnlyList<ChangeEntry>> _changeLog;
    private readonly Lazy<IReadOnlyList<CodeEntry>> _codeEntries;

    /// <param name="index">The content's lookups (made by validation), with the git history of this build.</param>
    /// <param name="matchers">The auto-link matchers of earlier builds (the preview's), reused while the terms' phrases stay the same.</param>
    public SiteModel(SiteIndex index, Theme theme, TermMatchers? matchers = null)
    {
        Index = index;
        Theme = theme;
        Matchers = matchers ?? new TermMatchers();
        Markdown = new MarkdownRenderer(index);
        Mentions = new Mentions(index, Markdown, Matchers);
        Views = new SharedViews(index, theme, Markdown, Matchers, Mentions);
        // Lazy: a term edit in the preview rebuilds neither the change pages nor codes data when it can skip them.
        _changeLog = new Lazy<IReadOnlyList<ChangeEntry>>(() => History.ChangeLog.Of(index));
        _codeEntries = new Lazy<IReadOnlyList<CodeEntry>>(() => CodeEntry.Of(index));
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

    /// <summary>The terms each process and page mentions in each language, from the bodies' syntax trees; found when first asked for.</summary>
    public Mentions Mentions { get; }

    /// <summary>Every term's changes, newest first.</summary>
    public IReadOnlyList<ChangeEntry> ChangeLog => _changeLog.Value;

    /// <summary>Every invoice code, sorted by slug: codes.json, the QR codes and _redirects share it.</summary>
    public IReadOnlyList<CodeEntry> CodeEntries => _codeEntries.Value;

    /// <summary>The model of edited content (<paramref name="index"/>) with this model's theme and auto-link matchers.</summary>
    public SiteModel Next(SiteIndex index) => new(index, Theme, Matchers);
}
