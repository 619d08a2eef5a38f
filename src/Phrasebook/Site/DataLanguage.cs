namespace Phrasebook.Site;

/// <summary>
/// Marks a data file (not a page) made from one language's view of the content, such as that language's change feed:
/// a term edit that leaves the language's view of every edited term alone leaves the file as it was.
/// </summary>
public static class DataLanguage
{
    public const string MetadataKey = "data.language";
}
