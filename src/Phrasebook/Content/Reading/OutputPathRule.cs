using System.Text.RegularExpressions;

namespace Phrasebook.Content.Reading;

/// <summary>
/// OutputPath in statiq.json comes with the content (a pull request can change it), and the build
/// replaces that folder on every run and deletes what the new site no longer has. So it must name a
/// folder of its own inside the site: relative, no '..', no hidden or empty part, not the site's own
/// folders (input, themes, docs, ...), and of a sane length.
/// </summary>
public static partial class OutputPathRule
{
    public const int MaxLength = 200;

    /// <summary>Names at the top of the site that hold its sources, docs or tools: never an output folder.</summary>
    public static readonly string[] Reserved =
    [
        "input", "themes", "overrides", "docs", "schemas", "src", "tests", "bench", "node_modules",
        "statiq.json", "permalinks.txt", "readme.md", "license", "bin", "obj",
    ];

    /// <summary>Why the value is not a valid OutputPath; null when it is.</summary>
    public static string? Problem(string value)
    {
        if (value.Length > MaxLength)
        {
            return $"it is {value.Length} characters long; OutputPath may be at most {MaxLength}";
        }

        var trimmed = value.TrimEnd('/');
        if (trimmed.Length == 0 || trimmed == ".")
        {
            return "it names the site's own folder, which the build would replace";
        }

        if (trimmed.StartsWith('/') || trimmed.Contains('\\') || trimmed.Contains(':'))
        {
            return "it must be a path relative to the site's folder, with / between folders";
        }

        var parts = trimmed.Split('/');
        if (parts.Any(p => p is ".." or "."))
        {
            return "'..' and '.' are not allowed: the output must be a folder inside the site";
        }

        if (parts.FirstOrDefault(p => !Part().IsMatch(p)) is { } bad)
        {
            return $"'{bad}' is not a plain folder name (letters, digits, '_', '-' and '.', not starting with '.')";
        }

        if (Reserved.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
        {
            return $"'{parts[0]}' holds the site's own files, which the build would replace or delete";
        }

        return null;
    }

    [GeneratedRegex(@"^[A-Za-z0-9_][A-Za-z0-9._-]{0,99}$")]
    private static partial Regex Part();
}
