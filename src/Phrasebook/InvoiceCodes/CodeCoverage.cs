using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.InvoiceCodes.Rules;

namespace Phrasebook.InvoiceCodes;

/// <summary>How well the phrasebook explains the codes an invoicing system really prints.</summary>
public sealed record CodeCoverage(
    IReadOnlyList<string> Explained,
    IReadOnlyList<string> Unexplained,
    IReadOnlyList<string> Unused,
    IReadOnlyList<string> Incomplete)
{
    /// <summary>Exported codes on which a pattern's match timed out, with the pattern: the pattern needs simplifying.</summary>
    public IReadOnlyList<string> TimedOut { get; init; } = [];

    public static CodeCoverage Compare(SiteIndex site, IReadOnlyList<string> exported)
    {
        var explained = new List<string>();
        var unexplained = new List<string>();
        var usedTerms = new HashSet<string>(StringComparer.Ordinal);
        var usedCodes = new HashSet<string>(StringComparer.Ordinal);
        var timedOut = new List<string>();
        foreach (var code in exported)
        {
            if (site.FindCode(code) is { } hit)
            {
                explained.Add(code);
                usedTerms.Add(hit.Term.Id);
                if (hit.Code is { } listed)
                {
                    usedCodes.Add(listed.Slug);
                }
            }
            else
            {
                unexplained.Add(code);
                if (site.SlowPattern(code) is { } slow)
                {
                    timedOut.Add($"{code}: the pattern '{slow.Pattern}' ({slow.Location}) took too long");
                }
            }
        }

        var unused = site.Content.Terms
            .SelectMany(t => t.Codes.Select(c => (Code: c, Term: t)))
            .Where(x => !usedCodes.Contains(x.Code.Slug) && !(x.Term.Invoice?.Patterns.Any(p => exported.Any(e => CodePatterns.Matches(p.Pattern, e))) ?? false))
            .Select(x => $"{x.Code.Code} ({x.Term.Id})")
            .ToList();

        var incomplete = site.Content.Terms
            .Where(t => usedTerms.Contains(t.Id))
            .Select(t => (Term: t, Gaps: Gaps(site, t)))
            .Where(x => x.Gaps.Count > 0)
            .Select(x => $"{string.Join(", ", x.Term.Codes.Select(c => c.Code))} ({x.Term.Id}): {string.Join("; ", x.Gaps)}")
            .ToList();

        return new CodeCoverage(explained, unexplained, unused, incomplete) { TimedOut = timedOut };
    }

    public void WriteTo(TextWriter output)
    {
        var total = Explained.Count + Unexplained.Count;
        output.WriteLine($"{Explained.Count} of {total} exported code(s) have an explanation.");
        Section(output, "Codes with no explanation (add them to a term's invoice.codes, or a pattern):", Unexplained);
        Section(output, "Explanations no exported invoice code uses:", Unused);
        Section(output, "Used codes whose explanation lacks a translation or a role text:", Incomplete);
        if (TimedOut.Count > 0)
        {
            Section(output, "Codes a pattern took too long to match (simplify the pattern, docs/errors.md#pb031-patterntimedout):", TimedOut);
        }
    }

    private static void Section(TextWriter output, string title, IReadOnlyList<string> items)
    {
        output.WriteLine();
        output.WriteLine($"{title} {items.Count}");
        foreach (var item in items)
        {
            output.WriteLine($"  {item}");
        }
    }

    private static List<string> Gaps(SiteIndex site, Term term)
    {
        var gaps = new List<string>();
        foreach (var lang in site.Settings.Languages)
        {
            if (!term.Title.Has(lang) || !term.Summary.Has(lang))
            {
                gaps.Add($"no {lang} translation");
            }
        }

        var roles = site.Content.Roles.Where(r => term.Roles.All(x => x.Role.Id != r.Id)).Select(r => r.Id).ToList();
        if (roles.Count > 0)
        {
            gaps.Add($"no text for {string.Join(", ", roles)}");
        }

        return gaps;
    }
}
