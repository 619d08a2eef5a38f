using Phrasebook.Content.Model;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Validation;

/// <summary>Ids are URLs: two terms (or roles, industries) with one id would fight over a page.</summary>
internal static class UniquenessRules
{
    public static void Check(SiteContent content, DiagnosticBag diagnostics)
    {
        Unique(content.Terms, t => t.Id, t => t.Location, "term", diagnostics);
        Unique(content.Roles, r => r.Id, r => r.Location, "role", diagnostics);
        Unique(content.Industries, i => i.Id, i => i.Location, "industry", diagnostics);
    }

    private static void Unique<T>(IEnumerable<T> items, Func<T, string> id, Func<T, SourceLocation> at, string what, DiagnosticBag diagnostics)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (seen.TryGetValue(id(item), out var first))
            {
                diagnostics.Error(Codes.DuplicateId, at(item), $"The {what} id '{id(item)}' is already used at {first}.", $"ids are unique in the site; rename one of them");
            }
            else
            {
                seen[id(item)] = at(item);
            }
        }
    }
}
