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
        foreach (var page in content.Pages.Where(p => ReservedPageIds.Contains(p.Id)))
        {
            foreach (var (_, source) in page.Languages)
            {
                diagnostics.Error(Codes.ReservedPageId, new SourceLocation(source.SourcePath), $"The page id '{page.Id}' is the address of a page the site makes itself (/{source.Language}/{page.Id}/).", $"rename the file, e.g. to 'about-{page.Id}.{source.Language}.md'; reserved ids: {string.Join(", ", ReservedPageIds)}");
            }
        }
    }

    /// <summary>The folders under /{lang}/ the build writes itself: a free page (/{lang}/{id}/) may not take one.</summary>
    public static readonly IReadOnlyList<string> ReservedPageIds = ["changes", "codes", "industries", "invoice", "processes", "roles", "search", "terms"];

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
