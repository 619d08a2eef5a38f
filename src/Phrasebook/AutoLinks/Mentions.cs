using System.Collections.Concurrent;
using System.Collections.Immutable;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Markdown;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The terms each process and free page mentions on its page in each language, in order of first
/// mention (<see cref="FindMentions"/>): a process lists them as the terms met along the way, and a term
/// page lists the processes and pages that mention it. Read from the bodies' syntax trees, not from
/// their HTML; a language's are found the first time they are asked for, once per model.
/// </summary>
public sealed class Mentions(SiteIndex site, MarkdownRenderer markdown, TermMatchers matchers)
{
    private readonly ConcurrentDictionary<string, Lazy<Dictionary<MarkdownDocument, ImmutableArray<string>>>> _byLanguage = new(StringComparer.Ordinal);

    /// <summary>The terms <paramref name="document"/> mentions on its page in <paramref name="lang"/> (none if it has no page there).</summary>
    public ImmutableArray<string> Of(MarkdownDocument document, string lang) =>
        In(lang).TryGetValue(document, out var ids) ? ids : [];

    private Dictionary<MarkdownDocument, ImmutableArray<string>> In(string lang) =>
        _byLanguage.GetOrAdd(lang, l => new(() => Find(l))).Value;

    private Dictionary<MarkdownDocument, ImmutableArray<string>> Find(string lang)
    {
        // The page shows the default language's text where this language has none, linked in this language.
        var matcher = new Lazy<TermMatcher>(() => matchers.For(site, lang));
        var prefix = site.Urls.Terms(lang);
        var found = new Dictionary<MarkdownDocument, ImmutableArray<string>>(ReferenceEqualityComparer.Instance);
        foreach (var document in site.Content.Processes.Concat(site.Content.Pages))
        {
            if (document.Resolve(lang, site.Settings.DefaultLanguage) is { Value: var source })
            {
                found[document] = FindMentions.In(markdown.Tree(source.Body, lang), prefix, site.Terms.ContainsKey, source.AutoLink ? matcher.Value : null);
            }
        }

        return found;
    }
}
