using Phrasebook.Markdown;
namespace Phrasebook.Search;

/// <summary>What a search result is: a term, or a process description or free page (found after the terms).</summary>
public enum SearchEntryKind
{
    Term,
    Process,
    Page,
}

/// <summary>One term's (or process's, or free page's) searchable text in one language, and what a result shows.</summary>
/// <param name="BodyMarkdown">The Markdown of the explanation and of each role text that has words (see <see cref="Body"/>).</param>
public sealed record SearchEntry(
    string Ref,
    string Url,
    string Title,
    string? Abbreviation,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Words,
    string Summary,
    IReadOnlyList<string> BodyMarkdown,
    IReadOnlyDictionary<string, string> RoleSnippets,
    bool Deprecated,
    SearchEntryKind Kind = SearchEntryKind.Term)
{
    /// <summary>
    /// The explanation and role texts as plain text, one a line: made when the text index asks for it,
    /// so the long texts of every term are never all held at once.
    /// </summary>
    public string Body => string.Join("\n", BodyMarkdown.Select(PlainText.Of));

    /// <summary>Whether both make the same search files (in the same order: the record's own equality compares the lists as references).</summary>
    public bool IndexesAs(SearchEntry other) =>
        Ref == other.Ref && Url == other.Url && Title == other.Title && Abbreviation == other.Abbreviation
        && Codes.SequenceEqual(other.Codes, StringComparer.Ordinal) && Words.SequenceEqual(other.Words, StringComparer.Ordinal)
        && Summary == other.Summary && BodyMarkdown.SequenceEqual(other.BodyMarkdown, StringComparer.Ordinal)
        && RoleSnippets.SequenceEqual(other.RoleSnippets)
        && Deprecated == other.Deprecated && Kind == other.Kind;
}
