using Phrasebook.Content.Index;
using Phrasebook.Content.Model;

namespace Phrasebook.Changes;

/// <summary>Every term's changes, newest first (same day: by term id, then file order); kept by each model (<see cref="ChangeLogFacts"/>).</summary>
public static class ChangeLog
{
    public static IReadOnlyList<ChangeEntry> Of(SiteIndex site) =>
    [
        .. site.Content.Terms
            .SelectMany(ChangeEntry.Of)
            .OrderByDescending(e => e.Change.Date)
            .ThenBy(e => e.Term.Id, StringComparer.Ordinal)
            .ThenBy(e => e.Number),
    ];
}
