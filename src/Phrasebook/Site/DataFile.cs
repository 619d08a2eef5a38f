using Phrasebook.Engine.Documents;

namespace Phrasebook.Site;

/// <summary>
/// A data file (not a page: a feed, codes.json, the sitemap) as its input module plans it: what makes its bytes, run
/// by <see cref="Publishing.MakeDataFiles"/> only when the file is wanted. A partial build drops the files an edit cannot
/// change before that, and a check, which writes nothing, makes none.
/// </summary>
/// <param name="Language">The language whose view of the content the file shows, or null for a file of every language:
/// a term edit that leaves that language's view of every edited term alone leaves the file as it was.</param>
/// <param name="Shows">What of the content the file shows, beyond which pages exist and the terms' identities.</param>
public sealed record DataFile(string? Language, Func<ReadOnlyMemory<byte>> Make, DataFileShows Shows = DataFileShows.TermTexts)
{
    public const string MetadataKey = "data.file";

    /// <summary>A document at <paramref name="destination"/> whose bytes <paramref name="make"/> makes when wanted.</summary>
    public static Document Plan(string destination, string? language, Func<ReadOnlyMemory<byte>> make, DataFileShows shows = DataFileShows.TermTexts) =>
        Document.FromBytes(destination, ReadOnlyMemory<byte>.Empty).With(MetadataKey, new DataFile(language, make, shows));
}

/// <summary>
/// What a data file shows besides which pages exist and what each term is known by (<see cref="Incremental.TermEdit.Identity"/>):
/// a change to those is a full build, so a partial build makes only the files whose part of the content an edit changed.
/// </summary>
public enum DataFileShows
{
    /// <summary>Terms' texts (a feed, codes.json): made again when an edit changes its language's view of a term.</summary>
    TermTexts,

    /// <summary>The dates the git history gives the sources (the sitemap's lastmod): made again when a commit dates a file anew.</summary>
    History,

    /// <summary>Nothing more (_redirects: codes, retired codes and old ids): never made again by a partial build.</summary>
    IdentitiesOnly,
}
