using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Phrasebook.Links;

/// <summary>What link checking needs of one page: the ids it has and the URLs it points to.</summary>
public sealed record LinkFacts(FrozenSet<string> Ids, ImmutableArray<string> Urls)
{
    public const string MetadataKey = "links";

    public static LinkFacts Of(string html) => new(
        HtmlAttributes.Values(html, "id").ToFrozenSet(StringComparer.Ordinal),
        [.. HtmlAttributes.Values(html, "href").Concat(HtmlAttributes.Values(html, "src")).Distinct(StringComparer.Ordinal)]);
}
