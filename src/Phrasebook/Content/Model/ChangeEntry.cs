using System.Globalization;

namespace Phrasebook.Content.Model;

/// <summary>
/// One entry of the site's change log: a term's written change. <paramref name="Number"/> counts the
/// term's changes of that day in file order, so two changes on one day keep distinct, stable ids.
/// </summary>
public sealed record ChangeEntry(Term Term, Change Change, int Number)
{
    public string Day => Change.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The element id of the change on its term page (and on the changes page: term id first).</summary>
    public string Anchor => $"change-{Day}" + (Number > 1 ? $"-{Number}" : "");

    /// <summary>A term's changes as entries, newest first.</summary>
    public static IEnumerable<ChangeEntry> Of(Term term) =>
        term.Changes
            .GroupBy(c => c.Date)
            .SelectMany(day => day.Select((change, i) => new ChangeEntry(term, change, i + 1)));
}
