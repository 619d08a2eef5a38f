using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Validation;

/// <summary>
/// An old address leads to one place: a <c>redirect_from</c> id names no live term and only one
/// redirect, and a retired code is neither in use nor retired twice (its URL would serve two pages).
/// </summary>
internal static class RedirectRules
{
    public static void Check(SiteIndex site, DiagnosticBag diagnostics)
    {
        var redirects = new Dictionary<string, (Reference From, Term Term)>(StringComparer.Ordinal);
        var retired = new Dictionary<string, (InvoiceCode Code, Term Term)>(StringComparer.Ordinal);
        foreach (var term in site.Content.Terms)
        {
            foreach (var old in term.RedirectFrom)
            {
                if (site.Terms.TryGetValue(old.Id, out var live))
                {
                    var what = live.Id == term.Id ? "this term's own id" : $"the id of the term at {live.Location}";
                    diagnostics.Error(Codes.RedirectCollision, old.Location, $"'{old.Id}' in redirect_from of '{term.Id}' is {what}, so its page cannot redirect.", "redirect_from lists old ids that no term has any more: remove it");
                }
                else if (!redirects.TryAdd(old.Id, (old, term)))
                {
                    var first = redirects[old.Id];
                    diagnostics.Error(Codes.DuplicateRedirect, old.Location, $"The old id '{old.Id}' already redirects to the term '{first.Term.Id}' ({first.From.Location}).", "an old address leads to one term: keep it in one redirect_from");
                }
            }

            foreach (var code in term.RetiredCodes)
            {
                if (site.CodesBySlug.TryGetValue(code.Slug, out var live))
                {
                    var same = string.Equals(live.Code.Code, code.Code, StringComparison.OrdinalIgnoreCase) ? "is still listed" : $"has the URL /c/{code.Slug}/ of the code '{live.Code.Code}' listed";
                    diagnostics.Error(Codes.RetiredCodeInUse, code.Location, $"The retired code '{code.Code}' {same} under codes of the term '{live.Term.Id}' ({live.Code.Location}).", "a code is either in use (codes) or retired (retired_codes), not both");
                }
                else if (!retired.TryAdd(code.Slug, (code, term)))
                {
                    var first = retired[code.Slug];
                    diagnostics.Error(Codes.DuplicateRetiredCode, code.Location, $"The retired code '{code.Code}' is already retired by the term '{first.Term.Id}' ({first.Code.Location}).", "a retired code points to one replacement: keep it in one retired_codes");
                }
            }
        }
    }
}
