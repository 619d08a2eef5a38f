using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Phrasebook.Content.Reading;

/// <summary>
/// Invoice code patterns run in .NET at build time and in the browser (the 404 page resolves a code
/// family), so only the common subset of both regex dialects is allowed, anchored and case-insensitive.
/// </summary>
public static class CodePatterns
{
    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    private static readonly (string Token, string Why)[] Unsupported =
    [
        ("(?<=", "lookbehind is not allowed"),
        ("(?<!", "lookbehind is not allowed"),
        ("(?<", "named groups are not allowed"),
        ("(?'", "named groups are not allowed"),
        ("(?P", "named groups are not allowed"),
        ("\\k<", "named back-references are not allowed"),
        ("(?#", "comments are not allowed"),
        ("\\A", "use ^ instead of \\A (patterns are anchored anyway)"),
        ("\\Z", "use $ instead of \\Z (patterns are anchored anyway)"),
        ("\\z", "use $ instead of \\z (patterns are anchored anyway)"),
        ("\\p{", "Unicode classes are not allowed"),
    ];

    /// <summary>Null when the pattern is fine, else why it is not.</summary>
    public static string? Check(string pattern)
    {
        if (pattern.Length == 0)
        {
            return "it is empty";
        }

        foreach (var (token, why) in Unsupported)
        {
            if (pattern.Contains(token, StringComparison.Ordinal))
            {
                return why;
            }
        }

        if (Regex.IsMatch(pattern, @"\(\?[imnsx-]+[:)]"))
        {
            return "inline options such as (?i) are not allowed (patterns already ignore case)";
        }

        try
        {
            _ = Compile(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return e.Message;
        }
    }

    public static bool Matches(string pattern, string code) => Compile(pattern).IsMatch(code);

    private static Regex Compile(string pattern) =>
        Cache.GetOrAdd(pattern, p => new Regex($"^(?:{p})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100)));
}
