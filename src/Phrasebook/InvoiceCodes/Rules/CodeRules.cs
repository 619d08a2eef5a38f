using Phrasebook.Content.Model;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.InvoiceCodes.Rules;

/// <summary>
/// Invoice codes are printed for years: one code, one term, one URL. A code family's pattern may not
/// swallow a code another term lists, or a short link would land on the wrong explanation.
/// </summary>
internal static class CodeRules
{
    public static void Check(SiteContent content, DiagnosticBag diagnostics)
    {
        var byCode = new Dictionary<string, (InvoiceCode Code, Term Term)>(StringComparer.OrdinalIgnoreCase);
        var bySlug = new Dictionary<string, (InvoiceCode Code, Term Term)>(StringComparer.Ordinal);
        foreach (var term in content.Terms)
        {
            foreach (var code in term.Codes)
            {
                if (byCode.TryGetValue(code.Code, out var first))
                {
                    // Reported at both places: a pull request's annotation then lands on the file it changed,
                    // whichever of the two files sorts first.
                    diagnostics.Error(Codes.DuplicateCode, code.Location, $"The invoice code '{code.Code}' is already listed by the term '{first.Term.Id}' ({first.Code.Location}).", "a code explains one thing: remove it from one of the terms");
                    diagnostics.Error(Codes.DuplicateCode, first.Code.Location, $"The invoice code '{first.Code.Code}' is also listed by the term '{term.Id}' ({code.Location}).", "a code explains one thing: remove it from one of the terms");
                    continue;
                }

                byCode[code.Code] = (code, term);
                if (bySlug.TryGetValue(code.Slug, out var other))
                {
                    diagnostics.Error(Codes.SlugCollision, code.Location, $"The invoice codes '{code.Code}' and '{other.Code.Code}' (term '{other.Term.Id}', {other.Code.Location}) both get the URL /c/{code.Slug}/.", "codes must differ in letters or digits, not only in case, accents or punctuation");
                    diagnostics.Error(Codes.SlugCollision, other.Code.Location, $"The invoice codes '{other.Code.Code}' and '{code.Code}' (term '{term.Id}', {code.Location}) both get the URL /c/{code.Slug}/.", "codes must differ in letters or digits, not only in case, accents or punctuation");
                    continue;
                }

                bySlug[code.Slug] = (code, term);
            }
        }

        foreach (var term in content.Terms)
        {
            foreach (var pattern in term.Invoice?.Patterns ?? [])
            {
                foreach (var (code, owner) in byCode.Values)
                {
                    var matches = owner.Id == term.Id ? false : CodePatterns.Match(pattern.Pattern, code.Code);
                    if (matches is null)
                    {
                        diagnostics.Error(Codes.PatternTimedOut, pattern.Location, $"The pattern '{pattern.Pattern}' took too long to match the code '{code.Code}' ({code.Location}).", "simplify the pattern: repeat only single characters or classes, e.g. '[A-Z0-9-]+'");
                        break;
                    }

                    if (matches == true)
                    {
                        diagnostics.Error(Codes.PatternMatchesOtherCode, pattern.Location, $"The pattern '{pattern.Pattern}' of the term '{term.Id}' matches the code '{code.Code}' of the term '{owner.Id}' ({code.Location}).", "make the pattern narrower, or move the code");
                    }
                }
            }
        }
    }
}
