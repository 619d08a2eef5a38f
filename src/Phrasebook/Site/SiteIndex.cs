using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.History;

namespace Phrasebook.Site;

/// <summary>
/// Lookups over the content model, built once in O(n): by id, by invoice code and slug, and the
/// reverse edges (terms per role, industry and process) that pages need. Duplicates keep the first.
/// </summary>
public sealed class SiteIndex
{
    public SiteIndex(SiteContent content, SourceHistory? history = null)
    {
        Content = content;
        History = history ?? SourceHistory.None;
        Urls = new Urls(content.Settings.LinkRoot);
        Terms = First(content.Terms, t => t.Id);
        Roles = First(content.Roles, r => r.Id);
        Industries = First(content.Industries, i => i.Id);
        Processes = First(content.Processes, p => p.Id);
        Pages = First(content.Pages, p => p.Id);
        CodesBySlug = First(content.Terms.SelectMany(t => t.Codes.Select(c => (Code: c, Term: t))), x => x.Code.Slug);
        CodesByText = content.Terms
            .SelectMany(t => t.Codes.Select(c => (Code: c, Term: t)))
            .GroupBy(x => x.Code.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
        TermsByIndustry = Group(content.Terms, t => [t.Industry]);
        TermsByRole = Group(content.Terms, t => t.Roles.Select(r => r.Role.Id));
        TermsByProcess = Group(content.Terms, t => t.Processes.Select(p => p.Id));
    }

    private readonly ConcurrentDictionary<string, IComparer<string>> _collations = new(StringComparer.Ordinal);

    public SiteContent Content { get; }

    public Settings Settings => Content.Settings;

    /// <summary>When each source file last changed (empty outside a Git repository).</summary>
    public SourceHistory History { get; }

    public Urls Urls { get; }

    public FrozenDictionary<string, Term> Terms { get; }

    public FrozenDictionary<string, Role> Roles { get; }

    public FrozenDictionary<string, Industry> Industries { get; }

    public FrozenDictionary<string, MarkdownDocument> Processes { get; }

    public FrozenDictionary<string, MarkdownDocument> Pages { get; }

    public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesBySlug { get; }

    public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesByText { get; }

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByIndustry { get; }

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByRole { get; }

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByProcess { get; }

    /// <summary>Alphabetical order as readers of the language expect it (Norwegian Æ Ø Å after Z, Swedish Å Ä Ö).</summary>
    public IComparer<string> Collation(string lang) =>
        _collations.GetOrAdd(lang, l => StringComparer.Create(CultureInfo.GetCultureInfo(l == "no" ? "nb" : l), ignoreCase: true));

    /// <summary>A code as written in an id link: exact code (any case), its slug, or a code of a family.</summary>
    public (InvoiceCode? Code, Term Term)? FindCode(string code)
    {
        if (CodesByText.TryGetValue(code, out var hit) || CodesBySlug.TryGetValue(Slug.Of(code), out hit))
        {
            return hit;
        }

        foreach (var term in Content.Terms)
        {
            if (term.Invoice?.Patterns.Any(p => CodePatterns.Matches(p.Pattern, code)) == true)
            {
                return (null, term);
            }
        }

        return null;
    }

    private static FrozenDictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
    {
        var d = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            d.TryAdd(key(item), item);
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenDictionary<string, ImmutableArray<Term>> Group(IEnumerable<Term> terms, Func<Term, IEnumerable<string>> keys) =>
        terms.SelectMany(t => keys(t).Distinct().Select(k => (Key: k, Term: t)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.Select(x => x.Term).ToImmutableArray(), StringComparer.Ordinal);
}
