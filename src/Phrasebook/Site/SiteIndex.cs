using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.CompilerServices;
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
    /// <summary>
    /// The lookups depend on the content alone, and validation and the build each index the same content
    /// (the preview does both for every edit): they are made once per content. At 10,000 terms the frozen
    /// dictionaries take ~90 ms to make.
    /// </summary>
    private static readonly ConditionalWeakTable<SiteContent, Lookups> Shared = new();

    private readonly Lookups _lookups;

    public SiteIndex(SiteContent content, SourceHistory? history = null)
    {
        Content = content;
        History = history ?? SourceHistory.None;
        Urls = new Urls(content.Settings.LinkRoot);
        _lookups = Shared.GetValue(content, c => new Lookups(c));
    }

    private readonly ConcurrentDictionary<string, IComparer<string>> _collations = new(StringComparer.Ordinal);

    public SiteContent Content { get; }

    public Settings Settings => Content.Settings;

    /// <summary>When each source file last changed (empty outside a Git repository).</summary>
    public SourceHistory History { get; }

    public Urls Urls { get; }

    public FrozenDictionary<string, Term> Terms => _lookups.Terms;

    public FrozenDictionary<string, Role> Roles => _lookups.Roles;

    public FrozenDictionary<string, Industry> Industries => _lookups.Industries;

    public FrozenDictionary<string, MarkdownDocument> Processes => _lookups.Processes;

    public FrozenDictionary<string, MarkdownDocument> Pages => _lookups.Pages;

    public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesBySlug => _lookups.CodesBySlug;

    public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesByText => _lookups.CodesByText;

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByIndustry => _lookups.TermsByIndustry;

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByRole => _lookups.TermsByRole;

    public FrozenDictionary<string, ImmutableArray<Term>> TermsByProcess => _lookups.TermsByProcess;

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

    private sealed class Lookups(SiteContent content)
    {
        public FrozenDictionary<string, Term> Terms { get; } = First(content.Terms, t => t.Id);

        public FrozenDictionary<string, Role> Roles { get; } = First(content.Roles, r => r.Id);

        public FrozenDictionary<string, Industry> Industries { get; } = First(content.Industries, i => i.Id);

        public FrozenDictionary<string, MarkdownDocument> Processes { get; } = First(content.Processes, p => p.Id);

        public FrozenDictionary<string, MarkdownDocument> Pages { get; } = First(content.Pages, p => p.Id);

        public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesBySlug { get; } =
            First(content.Terms.SelectMany(t => t.Codes.Select(c => (Code: c, Term: t))), x => x.Code.Slug);

        public FrozenDictionary<string, (InvoiceCode Code, Term Term)> CodesByText { get; } = content.Terms
            .SelectMany(t => t.Codes.Select(c => (Code: c, Term: t)))
            .GroupBy(x => x.Code.Code, StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);

        public FrozenDictionary<string, ImmutableArray<Term>> TermsByIndustry { get; } = Group(content.Terms, t => [t.Industry]);

        public FrozenDictionary<string, ImmutableArray<Term>> TermsByRole { get; } = Group(content.Terms, t => t.Roles.Select(r => r.Role.Id));

        public FrozenDictionary<string, ImmutableArray<Term>> TermsByProcess { get; } = Group(content.Terms, t => t.Processes.Select(p => p.Id));

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
}
