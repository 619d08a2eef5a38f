using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Phrasebook.InvoiceCodes.Rules;

/// <summary>
/// Invoice code patterns run in .NET at build time and in the browser (the 404 page resolves a code
/// family), so only the common subset of both regex dialects is allowed, anchored and case-insensitive,
/// and only the part of it that cannot backtrack without bound (<see cref="PatternSafety"/>). In .NET
/// they run on the non-backtracking engine, with a timeout all the same.
/// </summary>
public static class CodePatterns
{
    /// <summary>Longer codes are never matched: invoice codes are short, and the bound keeps every match cheap.</summary>
    public const int MaxCodeLength = 200;

    private const string DefaultFix = "patterns are regular expressions both .NET and browsers read, e.g. 'FSC-\\d{2}'";

    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(100);

    private static readonly ConcurrentDictionary<string, Regex> Cache = new(StringComparer.Ordinal);

    private static readonly (string Token, string Why)[] Unsupported =
    [
        ("(?<=", "lookbehind is not allowed"),
        ("(?<!", "lookbehind is not allowed"),
        ("(?<", "named groups are not allowed"),
        ("(?'", "named groups are not allowed"),
        ("(?P", "named groups are not allowed"),
        ("(?>", "atomic groups are not allowed"),
        ("\\k<", "named back-references are not allowed"),
        ("(?#", "comments are not allowed"),
        ("\\A", "use ^ instead of \\A (patterns are anchored anyway)"),
        ("\\Z", "use $ instead of \\Z (patterns are anchored anyway)"),
        ("\\z", "use $ instead of \\z (patterns are anchored anyway)"),
        ("\\p{", "Unicode classes are not allowed"),
    ];

    /// <summary>Null when the pattern is fine, else why it is not and how to fix it.</summary>
    public static (string Why, string Fix)? Check(string pattern)
    {
        if (pattern.Length == 0)
        {
            return ("it is empty", DefaultFix);
        }

        foreach (var (token, why) in Unsupported)
        {
            if (pattern.Contains(token, StringComparison.Ordinal))
            {
                return (why, DefaultFix);
            }
        }

        if (Regex.IsMatch(pattern, @"\(\?[imnsx-]+[:)]"))
        {
            return ("inline options such as (?i) are not allowed (patterns already ignore case)", DefaultFix);
        }

        if (PatternSafety.Problem(pattern) is { } unsafePart)
        {
            return ($"{unsafePart.Why} (at character {unsafePart.At})", unsafePart.Fix);
        }

        try
        {
            _ = Compile(pattern);
            return null;
        }
        catch (ArgumentException e)
        {
            return (e.Message, DefaultFix);
        }
        catch (NotSupportedException e)
        {
            return (e.Message, DefaultFix);
        }
    }

    /// <summary>Whether the pattern matches the whole code; a match that times out counts as none.</summary>
    public static bool Matches(string pattern, string code) => Match(pattern, code) == true;

    /// <summary>Whether the pattern matches the whole code; null when the match timed out.</summary>
    public static bool? Match(string pattern, string code)
    {
        if (code.Length > MaxCodeLength)
        {
            return false;
        }

        try
        {
            return Compile(pattern).IsMatch(code);
        }
        catch (RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>Lets a test stand a slow regular expression in for a pattern, to check how a timeout is reported.</summary>
    internal static void Substitute(string pattern, Regex regex) => Cache[pattern] = regex;

    private static Regex Compile(string pattern) =>
        Cache.GetOrAdd(pattern, p => new Regex($"^(?:{p})$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking, MatchTimeout));
}
