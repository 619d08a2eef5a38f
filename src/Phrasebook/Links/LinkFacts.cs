using System.Collections.Concurrent;
using System.Collections.Immutable;

namespace Phrasebook.Links;

/// <summary>What link checking needs of one page: the ids it has (sorted) and the URLs it points to.</summary>
/// <remarks>
/// Kept for every page until the whole site is checked, so it is kept small: the same URL or id on
/// many pages (the menu, a role's anchor) is one string, and ids are a sorted array, not a set.
/// </remarks>
public sealed record LinkFacts(ImmutableArray<string> Ids, ImmutableArray<string> Urls)
{
    public const string MetadataKey = "links";

    public static LinkFacts Of(ReadOnlySpan<byte> html, ConcurrentDictionary<string, string>? pool = null)
    {
        string Share(string s) => pool is null ? s : pool.GetOrAdd(s, s);
        var found = HtmlAttributes.Values(html, "id", "href", "src");
        var ids = found[0].Select(Share).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var urls = found[1].Concat(found[2]).Distinct(StringComparer.Ordinal).Select(Share);
        return new([.. ids], [.. urls]);
    }

    public bool HasId(string id) => Ids.BinarySearch(id, StringComparer.Ordinal) >= 0;
}
