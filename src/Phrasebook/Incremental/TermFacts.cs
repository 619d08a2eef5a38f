using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Search;

namespace Phrasebook.Incremental;

/// <summary>
/// What a later edit of a term is compared with: the term's identity (what other pages know it by,
/// <see cref="TermEdit"/>), the processes it named and, per site language, a hash of its search entry. Small,
/// so the build cache keeps it for every term instead of the parsed term.
/// </summary>
/// <param name="Search">Per language of <see cref="Settings.Languages"/>, in that order: a hash of the term's search entry.</param>
/// <param name="Views">Per language, in the same order: what a page in that language can show of the term (<see cref="LanguageView"/>).</param>
public sealed record TermFacts(string Id, string SourcePath, UInt128 Identity, ImmutableArray<string> Processes, ImmutableArray<UInt128> Search, ImmutableArray<UInt128> Views)
{
    public static TermFacts Of(SiteIndex site, Term term) => new(
        term.Id,
        term.SourcePath,
        TermEdit.IdentityHash(term),
        [.. term.Processes.Select(p => p.Id)],
        [.. site.Settings.Languages.Select(lang => SearchHash(SearchEntries.Of(site, lang, term)))],
        [.. site.Settings.Languages.Select(lang => LanguageView.Hash(site, term, lang))]);

    /// <summary>A hash of exactly what <see cref="SearchEntry.IndexesAs"/> compares.</summary>
    public static UInt128 SearchHash(SearchEntry e)
    {
        var text = new StringBuilder();
        void Add(string? s) => text.Append(s is null ? "\u0002" : s).Append('\u001f');
        Add(e.Ref);
        Add(e.Url);
        Add(e.Title);
        Add(e.Abbreviation);
        Add(string.Join('\u001e', e.Codes));
        Add(string.Join('\u001e', e.Words));
        Add(e.Summary);
        Add(string.Join('\u001e', e.BodyMarkdown));
        Add(string.Join('\u001e', e.RoleSnippets.Select(r => $"{r.Key}\u001d{r.Value}")));
        Add(e.Deprecated ? "1" : "0");
        Add(e.Kind.ToString());
        return Hash(text.ToString());
    }

    private static UInt128 Hash(string text) => XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(text));
}
