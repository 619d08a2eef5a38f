using Phrasebook.Engine.Documents;

namespace Phrasebook.Site;

/// <summary>
/// A data file (not a page: a feed, codes.json, the sitemap) as its input module plans it: what makes its bytes, run
/// by <see cref="Publishing.MakeDataFiles"/> only when the file is wanted. A partial build drops the files an edit cannot
/// change before that, and a check, which writes nothing, makes none.
/// </summary>
/// <param name="Language">The language whose view of the content the file shows, or null for a file of every language:
/// a term edit that leaves that language's view of every edited term alone leaves the file as it was.</param>
public sealed record DataFile(string? Language, Func<ReadOnlyMemory<byte>> Make)
{
    public const string MetadataKey = "data.file";

    /// <summary>A document at <paramref name="destination"/> whose bytes <paramref name="make"/> makes when wanted.</summary>
    public static Document Plan(string destination, string? language, Func<ReadOnlyMemory<byte>> make) =>
        Document.FromBytes(destination, ReadOnlyMemory<byte>.Empty).With(MetadataKey, new DataFile(language, make));
}
