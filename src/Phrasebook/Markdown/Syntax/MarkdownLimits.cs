namespace Phrasebook.Markdown.Syntax;

/// <summary>What is wrong with a Markdown text, and where (an offset into the text).</summary>
public readonly record struct MarkdownViolation(int Offset, string Message, string Hint);

/// <summary>
/// Limits a Markdown text is checked against before it is ever parsed (docs/limits.md, error PB050).
/// Markdig throws on nesting past its own depth limit (128: lists 64 deep on one line, 128 `[`), and
/// some shapes take quadratic time (one 240 KB line of `[x](` ran over 60 s; 16,000 headings with the
/// same text 20 s; a paragraph of 10,000 emphasised words throws). No prose an editor writes comes near
/// these limits; each stays well inside what Markdig parses in a fraction of a second.
/// </summary>
public static class MarkdownLimits
{
    /// <summary>Characters in one Markdown text (a process or page body, or one YAML text).</summary>
    public const int MaxLength = 256 * 1024;

    /// <summary>Characters on one line.</summary>
    public const int MaxLineLength = 10_000;

    /// <summary>Block quotes and list items opened on one line (indentation counts a level per two spaces), and open links and emphasis in a paragraph.</summary>
    public const int MaxNesting = 32;

    /// <summary>Emphasis and strike-through marks (runs of `*`, `_`, `~`) and link brackets in one paragraph.</summary>
    public const int MaxMarksPerParagraph = 2_000;

    /// <summary>Headings in one text.</summary>
    public const int MaxHeadings = 500;

    /// <summary>The first limit the text exceeds, or null when it is within all of them.</summary>
    public static MarkdownViolation? Check(string text)
    {
        if (text.Length > MaxLength)
        {
            return new(MaxLength, $"The text is {text.Length:N0} characters long; a Markdown text may have at most {MaxLength:N0}.", "split it into several texts or pages");
        }

        var headings = 0;
        var marks = 0;
        var depth = 0;
        var previousBlank = true;
        for (var start = 0; start <= text.Length;)
        {
            var end = text.IndexOf('\n', start);
            end = end < 0 ? text.Length : end;
            var line = text.AsSpan(start, end - start);
            if (line.Length > MaxLineLength)
            {
                return new(start + MaxLineLength, $"The line is {line.Length:N0} characters long; a line may have at most {MaxLineLength:N0}.", "break the line: a blank line starts a new paragraph");
            }

            if (line.IsWhiteSpace())
            {
                // A blank line ends the paragraph: its links and emphasis are closed or left as plain text.
                marks = 0;
                depth = 0;
                previousBlank = true;
                start = end + 1;
                continue;
            }

            var containers = Containers(line, out var restStart);
            var rest = line[restStart..];
            if (containers > MaxNesting)
            {
                return new(start, $"The line opens {containers} block quotes, list items or indentation levels; at most {MaxNesting} may be nested.", "nest block quotes and lists less deeply");
            }

            if (IsHeading(line.TrimStart(' '), previousBlank) && ++headings > MaxHeadings)
            {
                return new(start, $"The text has more than {MaxHeadings} headings.", "split it into several pages");
            }

            var violation = Inline(start + restStart, rest, ref marks, ref depth);
            if (violation is not null)
            {
                return violation;
            }

            previousBlank = false;
            start = end + 1;
        }

        return null;
    }

    /// <summary>Counts the container markers at the start of a line: `&gt;`, list markers, and indentation.</summary>
    private static int Containers(ReadOnlySpan<char> line, out int restStart)
    {
        var count = 0;
        var indentation = 0;
        var i = 0;
        while (i < line.Length)
        {
            var c = line[i];
            if (c == ' ')
            {
                indentation++;
                i++;
            }
            else if (c == '\t')
            {
                indentation += 4;
                i++;
            }
            else if (c == '>')
            {
                count++;
                i++;
            }
            else if (c is '-' or '*' or '+' && i + 1 < line.Length && line[i + 1] is ' ' or '\t')
            {
                count++;
                i += 2;
            }
            else if (char.IsAsciiDigit(c) && ListNumber(line[i..]) is > 0 and var length)
            {
                count++;
                i += length;
            }
            else
            {
                break;
            }
        }

        restStart = i;
        return count + (indentation / 2);
    }

    /// <summary>The length of an ordered list marker (`12.` or `12)` and a blank), or 0.</summary>
    private static int ListNumber(ReadOnlySpan<char> s)
    {
        var digits = 0;
        while (digits < s.Length && digits < 10 && char.IsAsciiDigit(s[digits]))
        {
            digits++;
        }

        return digits + 1 < s.Length && s[digits] is '.' or ')' && s[digits + 1] is ' ' or '\t' ? digits + 2 : 0;
    }

    private static bool IsHeading(ReadOnlySpan<char> line, bool previousBlank) =>
        line.StartsWith("#") || (!previousBlank && line.TrimEnd(" \t").Length > 0 && (line.TrimEnd(" \t").Trim('=').IsEmpty || line.TrimEnd(" \t").Trim('-').IsEmpty));

    /// <summary>
    /// Counts the marks of links and emphasis and how deep they are open. A mark that may open (`[`, or a run
    /// of `*`, `_` or `~` before a word) goes one level deeper, one that may close goes back: what is never
    /// closed stays counted, as Markdig keeps it open until the paragraph ends.
    /// </summary>
    private static MarkdownViolation? Inline(int offset, ReadOnlySpan<char> line, ref int marks, ref int depth)
    {
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c == '\\')
            {
                i++;
                continue;
            }

            if (c == '[')
            {
                marks++;
                depth++;
            }
            else if (c == ']')
            {
                marks++;
                depth = Math.Max(0, depth - 1);
            }
            else if (c is '*' or '_' or '~')
            {
                var runEnd = i;
                while (runEnd + 1 < line.Length && line[runEnd + 1] == c)
                {
                    runEnd++;
                }

                var before = i == 0 || char.IsWhiteSpace(line[i - 1]);
                var after = runEnd + 1 >= line.Length || char.IsWhiteSpace(line[runEnd + 1]);
                if (before != after)
                {
                    marks++;
                    depth = before ? depth + 1 : Math.Max(0, depth - 1);
                }

                i = runEnd;
            }
            else
            {
                continue;
            }

            if (depth > MaxNesting)
            {
                return new(offset + i, $"Links and emphasis are open {depth} deep here; at most {MaxNesting} may be nested.", "close each `[`, `*` and `_` you open, or write a literal one as `\\[`, `\\*`, `\\_`");
            }

            if (marks > MaxMarksPerParagraph)
            {
                return new(offset + i, $"The paragraph has more than {MaxMarksPerParagraph:N0} link and emphasis marks.", "split it with blank lines into shorter paragraphs");
            }
        }

        return null;
    }
}
