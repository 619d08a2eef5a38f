using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Markdown;

namespace Phrasebook.Search;

/// <summary>
/// Turns terms, then process descriptions and free pages, into search entries for one language:
/// plain text, fallbacks included. Processes and pages come last, so their refs (process:id, page:id,
/// which no term id can be) follow every term's in the index.
/// </summary>
public static class SearchEntries
{
    private const int SnippetLength = 140;

    public static IEnumerable<SearchEntry> For(SiteIndex site, string lang) =>
        site.Content.Terms.Select(term => Of(site, lang, term))
            .Concat(site.Content.Processes.Select(p => OfDocument(site, lang, p, SearchEntryKind.Process)).OfType<SearchEntry>())
            .Concat(site.Content.Pages.Where(p => p.Id != SiteContent.IndexPageId).Select(p => OfDocument(site, lang, p, SearchEntryKind.Page)).OfType<SearchEntry>());

    /// <summary>A process description's or free page's entry in <paramref name="lang"/> (its page falls back to the default language's file).</summary>
    public static SearchEntry? OfDocument(SiteIndex site, string lang, MarkdownDocument document, SearchEntryKind kind)
    {
        if (document.Resolve(lang, site.Settings.DefaultLanguage) is not { } resolved)
        {
            return null;
        }

        var source = resolved.Value;
        var process = kind == SearchEntryKind.Process;
        return new SearchEntry(
            (process ? "process:" : "page:") + document.Id,
            process ? site.Urls.Process(lang, document.Id) : site.Urls.Page(lang, document.Id),
            source.Title,
            null,
            [],
            [],
            PlainText.Of(source.Summary ?? ""),
            [source.Body],
            new Dictionary<string, string>(StringComparer.Ordinal),
            false,
            kind);
    }

    /// <summary>One term's entry in <paramref name="lang"/>.</summary>
    public static SearchEntry Of(SiteIndex site, string lang, Term term)
    {
        var def = site.Settings.DefaultLanguage;
        string Text(LocalizedText t) => t.Resolve(lang, def)?.Value ?? "";

        var roles = term.Roles
            .Where(r => site.Roles.ContainsKey(r.Role.Id))
            .Select(r => (r.Role.Id, Markdown: Text(r.Explanation), Text: PlainText.Of(Text(r.Explanation))))
            .Where(r => r.Text.Length > 0)
            .ToList();
        var words = term.CustomerWords.In(lang)
            .Concat(term.Roles.SelectMany(r => r.Words.In(lang)))
            .Select(w => w.Value)
            .Distinct(StringComparer.Ordinal)
            .ToList();
        return new SearchEntry(
            term.Id,
            site.Urls.Term(lang, term.Id),
            Text(term.Title),
            term.Abbreviation.Resolve(lang, def)?.Value,
            [.. term.Codes.Select(c => c.Code)],
            words,
            PlainText.Of(Text(term.Summary)),
            [Text(term.Explanation), .. roles.Select(r => r.Markdown)],
            roles.ToDictionary(r => r.Id, r => Snippet(r.Text), StringComparer.Ordinal),
            term.Status == TermStatus.Deprecated);
    }

    private static string Snippet(string text)
    {
        if (text.Length <= SnippetLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SnippetLength);
        return text[..(cut > SnippetLength / 2 ? cut : SnippetLength)].TrimEnd(',', '.', ';', ':') + "…";
    }
}
