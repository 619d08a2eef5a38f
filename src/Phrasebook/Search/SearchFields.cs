using Phrasebook.Lunr.Index;

namespace Phrasebook.Search;

/// <summary>
/// The fields of a glossary's two search indexes and their boosts. The words index holds the
/// names readers type: the supplier's word and its abbreviation weigh most, then invoice codes,
/// the customers' own words and compound parts. The text index holds the prose, the summary
/// before the long explanations: several times bigger, so search fetches it only when needed.
/// </summary>
public static class SearchFields
{
    public const string Title = "title";
    public const string Abbreviation = "abbr";
    public const string Codes = "codes";
    public const string Words = "words";
    public const string Parts = "parts";
    public const string Summary = "summary";
    public const string Body = "body";

    public static readonly LunrField[] Names =
    [
        new(Title, 10),
        new(Abbreviation, 10),
        new(Codes, 8),
        new(Words, 5),
        new(Parts, 4),
    ];

    public static readonly LunrField[] Text = [new(Summary, 3), new(Body, 1)];
}
