using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Phrasebook.Content.Files;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Validation;

/// <summary>
/// What the files that could not be read would have defined: the ids and codes written in them, found in
/// their text line by line. References to these are not reported as missing elsewhere: the file's own error
/// is the cause, and one unquoted colon must not give "there is no term with the id ..." in five other files.
/// </summary>
public sealed partial record UnreadContent(
    FrozenSet<string> Terms,
    FrozenSet<string> Codes,
    FrozenSet<string> Processes,
    FrozenSet<string> Roles,
    FrozenSet<string> Industries)
{
    public static readonly UnreadContent None = new([], [], [], [], []);

    /// <summary>Terms written but not read for a refused id: references to them are reported as consequences.</summary>
    public FrozenDictionary<string, DroppedTerm> DroppedTerms { get; init; } = FrozenDictionary<string, DroppedTerm>.Empty;

    public bool IsEmpty => Terms.Count + Codes.Count + Processes.Count + Roles.Count + Industries.Count + DroppedTerms.Count == 0;

    public bool Explains(IdLink link) => link.Kind switch
    {
        IdLinkKind.Term => Terms.Contains(link.Target),
        IdLinkKind.Process => Processes.Contains(link.Target),
        IdLinkKind.Code => Codes.Contains(link.Target),
        _ => false,
    };

    /// <param name="termFiles">Term files that gave errors and no term.</param>
    /// <param name="rolesFile">roles.yml when it gave errors and no role, else null.</param>
    public static UnreadContent Scan(string root, IEnumerable<string> termFiles, string? rolesFile, IEnumerable<string> industryFolders, IEnumerable<string> processIds)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in termFiles)
        {
            var text = TextOf(root, file);
            terms.UnionWith(IdLine().Matches(text).Select(m => m.Groups["id"].Value));
            foreach (Match list in CodesLine().Matches(text))
            {
                codes.UnionWith(list.Groups["codes"].Value.Split(',').Select(c => c.Trim().Trim('"', '\'').Trim()).Where(c => c.Length > 0));
            }
        }

        var roles = rolesFile is null ? [] : IdLine().Matches(TextOf(root, rolesFile)).Select(m => m.Groups["id"].Value);
        return new UnreadContent(
            terms.ToFrozenSet(StringComparer.Ordinal),
            codes.ToFrozenSet(StringComparer.OrdinalIgnoreCase),
            processIds.ToFrozenSet(StringComparer.Ordinal),
            roles.ToFrozenSet(StringComparer.Ordinal),
            industryFolders.ToFrozenSet(StringComparer.Ordinal));
    }

    /// <summary>
    /// The text of a file that failed, through <see cref="SiteFiles"/>: a failed file may be a FIFO, a device or
    /// a link out of the site (PB030, already reported), which must never be opened here either.
    /// </summary>
    internal static string TextOf(string root, string file)
    {
        try
        {
            return SiteFiles.ReadAllText(root, Path.Combine(root, file), file, new DiagnosticBag()) ?? "";
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }

    [GeneratedRegex(@"^[ \t]*(?:-[ \t]+)?id:[ \t]*[""']?(?<id>[a-z0-9-]+)[""']?[ \t]*(?:#.*)?$", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    [GeneratedRegex(@"^[ \t]*(?:retired_)?codes:[ \t]*\[(?<codes>[^\]\n]*)\]", RegexOptions.Multiline)]
    private static partial Regex CodesLine();
}
