using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.History;
using Phrasebook.InvoiceCodes.Rules;

namespace Phrasebook.Content.Index;

/// <summary>
/// Lookups over the content model, built once in O(n): by id, by invoice code and slug, and the
/// reverse edges (terms per role, industry and process) that pages need. Duplicates keep the first.
/// </summary>
public sealed class SiteIndex
{
    private readonly Lookups _lookups;

    public SiteIndex(SiteContent content, SourceHistory? history = null)
        : this(content, history ?? SourceHistory.None, new Lookups(content))
    {
    }

    private SiteIndex(SiteContent content, SourceHistory history, Lookups lookups)
    {
        Content = content;
        History = history;
        Urls = new Urls(content.Settings.LinkRoot);
        _lookups = lookups;
    }

    /// <summary>
    /// This index with the git history of a build. The lookups depend on the content alone, and validation
    /// and the build use the same content: they are made once (at 10,000 terms they take tens of milliseconds).
    /// </summary>
    public SiteIndex WithHistory(SourceHistory history) => new(Content, history, _lookups);

    private readonly ConcurrentDictionary<string, IComparer<string>> _collations = new(StringComparer.Ordinal);

    public SiteContent Content { get; }

    public Settings Settings => Content.Settings;

    /// <summary>When each source file last changed (empty outside a Git repository).</summary>
    public SourceHistory History { get; }

    public Urls Urls { get; }

    public IReadOnlyDictionary<string, Term> Terms => _lookups.Terms;

    public IReadOnlyDictionary<string, Role> Roles => _lookups.Roles;

    public IReadOnlyDictionary<string, Industry> Industries => _lookups.Industries;

    public IReadOnlyDictionary<string, MarkdownDocument> Processes => _lookups.Processes;

    public IReadOnlyDictionary<string, MarkdownDocument> Pages => _lookups.Pages;

    public IReadOnlyDictionary<string, (InvoiceCode Code, Term Term)> CodesBySlug => _lookups.CodesBySlug;

    public IReadOnlyDictionary<string, (InvoiceCode Code, Term Term)> CodesByText => _lookups.CodesByText;

    public IReadOnlyDictionary<string, ImmutableArray<Term>> TermsByIndustry => _lookups.TermsByIndustry;

    public IReadOnlyDictionary<string, ImmutableArray<Term>> TermsByRole => _lookups.TermsByRole;

    public IReadOnlyDictionary<string, ImmutableArray<Term>> TermsByProcess => _lookups.TermsByProcess;

    /// <summary>Alphabetical order as readers of the language expect it (Norwegian Æ Ø Å after Z, Swedish Å Ä Ö).</summary>
    public IComparer<string> Collation(string lang) =>
        _collations.GetOrAdd(lang, l => StringComparer.Create(CultureInfo.GetCultureInfo(l == "no" ? "nb" : l), ignoreCase: true));

    /// <summary>The first code pattern whose match on <paramref name="code"/> timed out (reported rather than taken as "no such code"), or null.</summary>
    public CodePattern? SlowPattern(string code)
    {
        foreach (var term in Content.Terms)
        {
            foreach (var pattern in term.Invoice?.Patterns ?? [])
            {
                if (CodePatterns.Match(pattern.Pattern, code) is null)
                {
                    return pattern;
                }
            }
        }

        return null;
    }

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

    /// <remarks>
    /// Plain dictionaries, not frozen ones: freezing analyses every key to pick a hash, which at 10,000
    /// terms cost more (about 40 ms a content) than it saves on the build's lookups, and the preview
    /// makes these for every edit.
    /// </remarks>
    private sealed class Lookups
    {
        public Lookups(SiteContent content)
        {
            Terms = First(content.Terms, t => t.Id);
            Roles = First(content.Roles, r => r.Id);
            Industries = First(content.Industries, i => i.Id);
            Processes = First(content.Processes, p => p.Id);
            Pages = First(content.Pages, p => p.Id);
            var bySlug = new Dictionary<string, (InvoiceCode, Term)>(StringComparer.Ordinal);
            var byText = new Dictionary<string, (InvoiceCode, Term)>(StringComparer.OrdinalIgnoreCase);
            var byIndustry = new Dictionary<string, ImmutableArray<Term>.Builder>(StringComparer.Ordinal);
            var byRole = new Dictionary<string, ImmutableArray<Term>.Builder>(StringComparer.Ordinal);
            var byProcess = new Dictionary<string, ImmutableArray<Term>.Builder>(StringComparer.Ordinal);
            foreach (var term in content.Terms)
            {
                foreach (var code in term.Codes)
                {
                    bySlug.TryAdd(code.Slug, (code, term));
                    byText.TryAdd(code.Code, (code, term));
                }

                Add(byIndustry, term.Industry, term);
                foreach (var role in term.Roles)
                {
                    Add(byRole, role.Role.Id, term);
                }

                foreach (var process in term.Processes)
                {
                    Add(byProcess, process.Id, term);
                }
            }

            (CodesBySlug, CodesByText) = (bySlug, byText);
            (TermsByIndustry, TermsByRole, TermsByProcess) = (Built(byIndustry), Built(byRole), Built(byProcess));
        }

        public Dictionary<string, Term> Terms { get; }

        public Dictionary<string, Role> Roles { get; }

        public Dictionary<string, Industry> Industries { get; }

        public Dictionary<string, MarkdownDocument> Processes { get; }

        public Dictionary<string, MarkdownDocument> Pages { get; }

        public Dictionary<string, (InvoiceCode Code, Term Term)> CodesBySlug { get; }

        public Dictionary<string, (InvoiceCode Code, Term Term)> CodesByText { get; }

        public Dictionary<string, ImmutableArray<Term>> TermsByIndustry { get; }

        public Dictionary<string, ImmutableArray<Term>> TermsByRole { get; }

        public Dictionary<string, ImmutableArray<Term>> TermsByProcess { get; }

        private static Dictionary<string, T> First<T>(IEnumerable<T> items, Func<T, string> key)
        {
            var d = new Dictionary<string, T>(StringComparer.Ordinal);
            foreach (var item in items)
            {
                d.TryAdd(key(item), item);
            }

            return d;
        }

        // A term listed twice under one key (a role named twice) is there once.
        private static void Add(Dictionary<string, ImmutableArray<Term>.Builder> groups, string key, Term term)
        {
            if (!groups.TryGetValue(key, out var group))
            {
                groups[key] = group = ImmutableArray.CreateBuilder<Term>();
            }

            if (group.Count == 0 || !ReferenceEquals(group[^1], term))
            {
                group.Add(term);
            }
        }

        private static Dictionary<string, ImmutableArray<Term>> Built(Dictionary<string, ImmutableArray<Term>.Builder> groups) =>
            groups.ToDictionary(g => g.Key, g => g.Value.ToImmutable(), StringComparer.Ordinal);
    }
}
