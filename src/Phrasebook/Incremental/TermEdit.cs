using System.Collections.Frozen;
using System.IO.Hashing;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Markdown;
using Phrasebook.Markdown.Syntax;
using Phrasebook.Search;

namespace Phrasebook.Incremental;

/// <summary>
/// The pages an edit of term files changes: each edited term's page in every language, its code pages
/// and short links, its industry and process pages (before and after the edit), the pages that link
/// to it (they show its title or summary; the role pages it is on among them), the pages it links to
/// (their "mentioned in" lists), the whole Pages pipeline (home, A-Z, codes index, search,
/// invoice), and the search files of the languages whose text changed. An edit that can change
/// pages this does not track (SameIdentities is false) gets a full rebuild: a term added, removed or renamed, or a change to what auto-links it (title,
/// abbreviation, words), its codes (retired ones too), redirects, status or industry.
/// </summary>
public static class TermEdit
{
    /// <summary>A term file: input/industries/{industry}/**.yml, except the industry's own industry.yml.</summary>
    public static bool IsTermFile(string path)
    {
        var prefix = $"{ContentLoader.InputFolder}/industries/";
        if (!path.StartsWith(prefix, StringComparison.Ordinal) || !(path.EndsWith(".yml", StringComparison.Ordinal) || path.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            return false;
        }

        var rest = path[prefix.Length..].Split('/');
        return rest.Length >= 2 && !(rest.Length == 2 && rest[1] == "industry.yml");
    }

    /// <summary>
    /// A file in an industry folder that is no term file and no longer exists: an editor's temporary
    /// file (sed -i, atomic saves). The build never saw it.
    /// </summary>
    public static bool IsGone(string root, string path) =>
        path.StartsWith($"{ContentLoader.InputFolder}/industries/", StringComparison.Ordinal)
        && !File.Exists(Path.Combine(root, path)) && !Directory.Exists(Path.Combine(root, path));

    /// <summary>
    /// False when the edit of <paramref name="files"/> can change pages AffectedPages does
    /// not track: a term added, removed or renamed, or a change to what other pages know it by.
    /// </summary>
    public static bool SameIdentities(SiteContent before, SiteContent after, IReadOnlySet<string> files)
    {
        files = files.Where(IsTermFile).ToHashSet(StringComparer.Ordinal);
        var old = Edited(before, files).ToDictionary(t => t.Key, t => IdentityHash(t.Value), StringComparer.Ordinal);
        return SameIdentities(before.Terms.Length, old, after, files);
    }

    /// <summary>As the other overload, from what the last build kept of the terms of the edited files: their count and identities (<see cref="TermFacts.Identity"/>) by id.</summary>
    public static bool SameIdentities(int termsBefore, IReadOnlyDictionary<string, UInt128> identitiesBefore, SiteContent after, IReadOnlySet<string> files)
    {
        var now = Edited(after, files.Where(IsTermFile).ToHashSet(StringComparer.Ordinal));
        return termsBefore == after.Terms.Length && identitiesBefore.Count == now.Count
            && now.All(t => identitiesBefore.TryGetValue(t.Key, out var o) && o == IdentityHash(t.Value));
    }

    /// <summary>The pages an edit changes; call it only when <see cref="SameIdentities(SiteContent, SiteContent, IReadOnlySet{string})"/> holds.</summary>
    /// <param name="site">The index of the content after the edit.</param>
    public static EditedPages AffectedPages(SiteContent before, SiteIndex site, IReadOnlySet<string> files, IPageLinks links)
    {
        files = files.Where(IsTermFile).ToHashSet(StringComparer.Ordinal);
        return AffectedPages([.. Edited(before, files).Values.Select(t => TermFacts.Of(site, t))], site, files, links);
    }

    /// <summary>As the other overload, from the facts the last build kept of the terms of the edited files.</summary>
    public static EditedPages AffectedPages(IReadOnlyCollection<TermFacts> before, SiteIndex site, IReadOnlySet<string> files, IPageLinks links)
    {
        files = files.Where(IsTermFile).ToHashSet(StringComparer.Ordinal);
        var after = site.Content;
        var now = Edited(after, files);
        var urls = site.Urls;
        var pages = new HashSet<string>(StringComparer.Ordinal);
        var terms = new HashSet<string>(now.Keys, StringComparer.Ordinal);
        var processes = new HashSet<string>(before.SelectMany(t => t.Processes), StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.Ordinal);
        // Pages in a language whose view of every edited term is the same (LanguageView) do not change through them.
        var languages = ChangedLanguages(site, before, now);

        // No role pages here: each role's page holding the term links to it, and LinkingTo below finds that one page.
        // Codes and industry are part of a term's identity: the same before and after.
        foreach (var term in now.Values)
        {
            processes.UnionWith(term.Processes.Select(p => p.Id));
            codes.UnionWith(term.Codes.Select(c => c.Slug));
            foreach (var lang in languages)
            {
                pages.Add(urls.FileOf(urls.Industry(lang, term.Industry)));
            }
        }

        // What the edited terms name now, read from their parsed content: related terms, the replacement,
        // processes, retired codes, and the targets of term:, code: and process: links.
        foreach (var term in now.Values)
        {
            terms.UnionWith(term.Related.Select(r => r.Id).Where(site.Terms.ContainsKey));
            if (term.ReplacedBy is { } replacement && site.Terms.ContainsKey(replacement.Id))
            {
                terms.Add(replacement.Id);
            }

            processes.UnionWith(term.Processes.Select(p => p.Id).Where(site.Processes.ContainsKey));
            codes.UnionWith(term.RetiredCodes.Select(c => c.Slug));
            foreach (var link in IdLinks.In(term))
            {
                switch (link.Kind)
                {
                    case IdLinkKind.Term when site.Terms.ContainsKey(link.Target):
                        terms.Add(link.Target);
                        break;
                    case IdLinkKind.Process when site.Processes.ContainsKey(link.Target):
                        processes.Add(link.Target);
                        break;
                    case IdLinkKind.Code when site.FindCode(link.Target) is { } hit:
                        codes.UnionWith(hit.Code is { } code ? [code.Slug] : []);
                        terms.Add(hit.Term.Id);
                        break;
                }
            }
        }

        // What shows the edited terms' own texts: their pages and code pages, and every page linking to those.
        var own = new HashSet<string>(StringComparer.Ordinal);
        foreach (var lang in languages)
        {
            own.UnionWith(now.Keys.Select(id => urls.FileOf(urls.Term(lang, id))));
            own.UnionWith(now.Values.SelectMany(t => t.Codes).Select(c => urls.FileOf(urls.Code(lang, c.Slug))));
            pages.UnionWith(terms.Select(id => urls.FileOf(urls.Term(lang, id))));
            pages.UnionWith(processes.Select(id => urls.FileOf(urls.Process(lang, id))));
            pages.UnionWith(codes.Select(slug => urls.FileOf(urls.Code(lang, slug))));
        }

        pages.UnionWith(languages.Count == 0 ? [] : codes.Select(slug => urls.FileOf(urls.ShortLink(slug))));
        pages.UnionWith(own);
        pages.UnionWith(links.LinkingToAny(own));
        foreach (var page in own)
        {
            // Pages the term linked to before the edit list it as "mentioned in"; it may no longer link them.
            pages.UnionWith(links.LinkedFrom(page).Where(f => f.EndsWith(".html", StringComparison.Ordinal)));
        }

        return new EditedPages(own.ToFrozenSet(StringComparer.Ordinal), pages.ToFrozenSet(StringComparer.Ordinal), languages.ToFrozenSet(StringComparer.Ordinal), SearchLanguages(site, before, now));
    }

    /// <summary>
    /// The languages in which an edited term's search entry changed. An editor mostly changes one
    /// language's text, and a language's text index is over a second of work at 10,000 terms. A text
    /// falling back to the default language changes with it, and <see cref="SearchEntries.Of"/> knows that.
    /// </summary>
    private static FrozenSet<string> SearchLanguages(SiteIndex site, IReadOnlyCollection<TermFacts> before, Dictionary<string, Term> after)
    {
        var old = before.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var languages = site.Settings.Languages;
        return Enumerable.Range(0, languages.Length)
            .Where(i => after.Values.Any(term => !old.TryGetValue(term.Id, out var facts) || facts.Search.Length != languages.Length
                || TermFacts.SearchHash(SearchEntries.Of(site, languages[i], term)) != facts.Search[i]))
            .Select(i => languages[i])
            .ToFrozenSet(StringComparer.Ordinal);
    }

    private static List<string> ChangedLanguages(SiteIndex site, IReadOnlyCollection<TermFacts> before, Dictionary<string, Term> after)
    {
        var old = before.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var languages = site.Settings.Languages;
        return [.. Enumerable.Range(0, languages.Length)
            .Where(i => after.Values.Any(term => !old.TryGetValue(term.Id, out var facts) || facts.Views.Length != languages.Length
                || LanguageView.Hash(site, term, languages[i]) != facts.Views[i]))
            .Select(i => languages[i])];
    }

    private static Dictionary<string, Term> Edited(SiteContent content, IReadOnlySet<string> files) =>
        content.Terms.Where(t => files.Contains(t.SourcePath)).ToDictionary(t => t.Id, StringComparer.Ordinal);

    /// <summary>What other pages know a term by: when any of it changes, every page may link differently.</summary>
    internal static UInt128 IdentityHash(Term t) => XxHash128.HashToUInt128(System.Text.Encoding.UTF8.GetBytes(Identity(t)));

    internal static string Identity(Term t) => string.Join(
        '\u001f',
        t.Id,
        t.Industry,
        Text(t.Title),
        Text(t.Abbreviation),
        List(t.CustomerWords),
        string.Join('\u001e', t.Roles.Where(r => !r.Words.Values.IsEmpty).Select(r => $"{r.Role.Id}:{List(r.Words)}")),
        t.AutoLink,
        t.Status,
        t.ReplacedBy?.Id,
        string.Join(',', t.Codes.Select(c => c.Code)),
        string.Join(',', t.Invoice?.Patterns.Select(p => p.Pattern) ?? []),
        string.Join(',', t.RetiredCodes.Select(c => c.Code)),
        string.Join(',', t.RedirectFrom.Select(r => r.Id)));

    private static string Text(LocalizedText text) => string.Join('\u001e', text.Values.Select(v => $"{v.Key}={v.Value.Value}"));

    private static string List(LocalizedList list) => string.Join('\u001e', list.Values.Select(v => $"{v.Key}={string.Join('\u001d', v.Value.Select(s => s.Value))}"));
}
