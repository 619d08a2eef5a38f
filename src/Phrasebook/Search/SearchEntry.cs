namespace Phrasebook.Search;

/// <summary>One term's searchable text in one language, and what a result shows.</summary>
public sealed record SearchEntry(
    string Ref,
    string Url,
    string Title,
    string? Abbreviation,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Words,
    string Summary,
    string Body,
    IReadOnlyDictionary<string, string> RoleSnippets,
    bool Deprecated);
