using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Phrasebook.Content.Reading;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Validation;

/// <summary>A term that was written but not read (its id was refused): the id it was written with, and where.</summary>
public sealed record DroppedTerm(string WrittenId, SourceLocation At)
{
    /// <summary>
    /// Whether following the error's hint makes every reference to the term work: an id with other characters
    /// than a-z, 0-9 and dashes can only be referred to by the id the hint suggests. Such references are not
    /// reported, as for a file that cannot be parsed: one typo, one message.
    /// </summary>
    public bool FixedByHint => !Ids.IsValid(WrittenId);

    /// <summary>The "because ..." of a message that follows from this term not being read.</summary>
    public string Because => $"because the term at {At} was not read: {(Ids.IsValid(WrittenId) ? $"its id '{WrittenId}' was refused there" : $"its id '{WrittenId}' is not valid")}";
}

/// <summary>
/// Terms that a term file defines but that were not read, because their id was refused (PB004, PB053):
/// a reference to such a term is reported as a consequence of that error, after it and pointing at it.
/// Unlike a file that cannot be parsed (<see cref="UnreadContent"/>), the file's terms are known here,
/// but not always the id the editor will settle on (a shorter one for a too long id), so such a reference
/// is still reported, as a consequence; where the hint's id is the only one possible, it is not.
/// </summary>
public static partial class DroppedTerms
{
    /// <summary>
    /// Keyed by the id a reference would use: the written id when it is valid, else the id its PB004 hint
    /// suggests (<c>Late_Fee</c> → <c>late-fee</c>), since a reference cannot be written with an invalid id.
    /// </summary>
    /// <param name="files">Term files that gave errors, each with the ids of the terms read from it.</param>
    public static FrozenDictionary<string, DroppedTerm> Scan(string root, IEnumerable<(string Path, IReadOnlySet<string> Read)> files)
    {
        var dropped = new Dictionary<string, DroppedTerm>(StringComparer.Ordinal);
        foreach (var (path, read) in files)
        {
            var text = UnreadContent.TextOf(root, path);
            foreach (Match m in IdLine().Matches(text))
            {
                var value = m.Groups["value"];
                var written = value.Value.Trim().Trim('"', '\'');
                if (written.Length == 0 || read.Contains(written) || (read.Count == 0 && Ids.IsValid(written)))
                {
                    // Read, or (valid, in a file that gave nothing) already covered by UnreadContent.
                    continue;
                }

                var line = 1 + text.AsSpan(0, m.Index).Count('\n');
                var key = Ids.IsValid(written) ? written : Ids.Suggestion(written);
                dropped.TryAdd(key, new DroppedTerm(written, new SourceLocation(path, line, 1 + value.Index - m.Index)));
            }
        }

        return dropped.ToFrozenDictionary(StringComparer.Ordinal);
    }

    // The value up to a comment; quoted values keep their quotes here, so the column is the one YAML reports.
    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?id:[ \t]*(?<value>[^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?\r?$", RegexOptions.Multiline)]
    private static partial Regex IdLine();
}
