using System.Globalization;

namespace Phrasebook.InvoiceCodes.Rules;

/// <summary>
/// Code patterns run in readers' browsers on links anyone can send (/c/..., ?codes=...), where a
/// backtracking engine can spend minutes on one crafted code. So a pattern is kept to a subset that
/// cannot backtrack without bound: no repeated group that itself repeats or alternates (the classic
/// `([A-Z]+-?)+`), no back-references, no lookaround, repetition counts of at most
/// <see cref="MaxRepeat"/>, and at most <see cref="MaxLength"/> characters.
/// </summary>
public static class PatternSafety
{
    public const int MaxLength = 100;

    public const int MaxRepeat = 50;

    /// <summary>Why the pattern is unsafe, at which character (1-based), and how to fix it; null when it is safe.</summary>
    public static (string Why, int At, string Fix)? Problem(string pattern)
    {
        if (pattern.Length > MaxLength)
        {
            return ($"it is {pattern.Length} characters long; patterns may be at most {MaxLength}", MaxLength + 1, "describe the code family more simply");
        }

        var groups = new Stack<Group>();
        var current = new Group(0);
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            switch (c)
            {
                case '\\' when i + 1 < pattern.Length:
                    var next = pattern[i + 1];
                    if (next is >= '1' and <= '9' || next == 'k')
                    {
                        return ("back-references are not allowed", i + 1, "write the repeated part out again");
                    }

                    i++;
                    break;
                case '[':
                    i = EndOfClass(pattern, i);
                    break;
                case '(':
                    if (pattern.AsSpan(i).StartsWith("(?=") || pattern.AsSpan(i).StartsWith("(?!") || pattern.AsSpan(i).StartsWith("(?<=") || pattern.AsSpan(i).StartsWith("(?<!"))
                    {
                        return ("lookahead and lookbehind are not allowed", i + 1, "match the code itself, without conditions around it");
                    }

                    groups.Push(current);
                    current = new Group(i);
                    break;
                case ')' when groups.Count > 0:
                    var inner = current;
                    current = groups.Pop();
                    var (max, length) = Quantifier(pattern, i + 1);
                    if (length > 0 && max > 1 && (inner.Repeats || inner.Alternates))
                    {
                        return (
                            inner.Repeats
                                ? "a group that repeats something is itself repeated (nested quantifiers can take a browser minutes on a crafted code)"
                                : "a group with alternatives ('|') is itself repeated (it can take a browser minutes on a crafted code)",
                            i + 2,
                            "repeat only single characters or classes, e.g. '[A-Z0-9-]+' instead of '([A-Z]+-?)+'");
                    }

                    current.Repeats |= inner.Repeats || length > 0;
                    current.Alternates |= inner.Alternates;
                    if (length > 0 && Bound(pattern, i + 1, length) is { } bound)
                    {
                        return bound;
                    }

                    i += length;
                    break;
                case '|':
                    current.Alternates = true;
                    break;
                case '*' or '+' or '?' or '{':
                    var (_, len) = Quantifier(pattern, i);
                    if (len > 0)
                    {
                        current.Repeats = true;
                        if (Bound(pattern, i, len) is { } tooMany)
                        {
                            return tooMany;
                        }

                        i += len - 1;
                    }

                    break;
                default:
                    break;
            }
        }

        return null;
    }

    /// <summary>The quantifier at <paramref name="at"/>: its largest count (int.MaxValue when unbounded) and its length with a lazy '?'.</summary>
    private static (int Max, int Length) Quantifier(string p, int at)
    {
        if (at >= p.Length)
        {
            return (0, 0);
        }

        (int Max, int Length) q = p[at] switch
        {
            '*' or '+' => (int.MaxValue, 1),
            '?' => (1, 1),
            '{' => Braces(p, at),
            _ => (0, 0),
        };
        return q.Length > 0 && at + q.Length < p.Length && p[at + q.Length] == '?' ? (q.Max, q.Length + 1) : q;
    }

    private static (int Max, int Length) Braces(string p, int at)
    {
        var end = p.IndexOf('}', at);
        if (end < 0)
        {
            return (0, 0);
        }

        var body = p[(at + 1)..end].Split(',');
        if (body.Length is < 1 or > 2 || !body.All(b => b.Length == 0 || b.All(char.IsAsciiDigit)) || body[0].Length == 0)
        {
            return (0, 0);
        }

        var max = body.Length == 1 ? Count(body[0]) : body[1].Length == 0 ? int.MaxValue : Count(body[1]);
        return (max, end - at + 1);
    }

    private static (string Why, int At, string Fix)? Bound(string p, int at, int length)
    {
        if (p[at] != '{')
        {
            return null;
        }

        var counts = p[(at + 1)..(at + length)].TrimEnd('?').TrimEnd('}').Split(',').Where(s => s.Length > 0).Select(Count);
        return counts.Any(n => n > MaxRepeat)
            ? ($"a repetition count is above {MaxRepeat}", at + 1, $"codes are short: use counts of at most {MaxRepeat}")
            : null;
    }

    private static int Count(string digits) =>
        digits.Length > 6 ? int.MaxValue : int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int EndOfClass(string p, int open)
    {
        var i = open + 1;
        if (i < p.Length && p[i] == '^')
        {
            i++;
        }

        if (i < p.Length && p[i] == ']')
        {
            i++;
        }

        for (; i < p.Length; i++)
        {
            if (p[i] == '\\')
            {
                i++;
            }
            else if (p[i] == ']')
            {
                return i;
            }
        }

        return p.Length;
    }

    private sealed class Group(int start)
    {
        public int Start { get; } = start;

        public bool Repeats { get; set; }

        public bool Alternates { get; set; }
    }
}
