using System.Buffers;
using System.Runtime.CompilerServices;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Markdown;

/// <summary>Markdown to the plain words a reader sees: what search indexes and result snippets show.</summary>
public static class PlainText
{
    // Characters Markdown (with the site's extensions) never gives a meaning to anywhere in a line:
    // a text made only of these, letters and digits reads the same as plain text.
    private const string InertText = " .,;:?!'\"()%/-";

    // The ASCII characters a plain line may hold, line break aside: found by one vectorized scan.
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        InertText + "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");

    // A text with markup is asked for again and again in a build (its search entry in every language that
    // falls back to it, the search index, code data, the cache's record of the term): parsed once, kept as
    // long as the model's string is.
    private static readonly ConditionalWeakTable<string, string> Parsed = [];

    public static string Of(string markdown)
    {
        if (markdown.Length == 0)
        {
            return "";
        }

        // Most summaries and explanations are prose without any markup: parsing and rendering them
        // (hundreds of thousands of times at 10,000 terms) would only give back their words.
        return IsPlainProse(markdown) ? CollapseWhiteSpace(markdown) : Parsed.GetValue(markdown, OfMarkdown);
    }

    /// <summary>
    /// A text with the words and word separators of <see cref="Of"/>, for tokenizing only: prose without
    /// markup is returned as written (its only white space, spaces and line breaks, separates tokens
    /// either way), which spares a copy of every long explanation.
    /// </summary>
    public static string Words(string markdown) => IsPlainProse(markdown) ? markdown : Of(markdown);

    /// <summary>The full Markdown path; <see cref="Of"/> gives the same result for every text.</summary>
    internal static string OfMarkdown(string markdown)
    {
        var text = Markdig.Markdown.ToPlainText(markdown, MarkdownSyntax.Pipeline);
        return CollapseWhiteSpace(text);
    }

    /// <summary>Words separated by one space, no space at either end; the text itself when it is so already.</summary>
    internal static string CollapseWhiteSpace(string text)
    {
        var length = 0;
        var pending = false;
        var same = true;
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsWhiteSpace(text[i]))
            {
                pending = length > 0;
                same &= text[i] == ' ';
                continue;
            }

            length += pending ? 2 : 1;
            pending = false;
        }

        if (same && length == text.Length)
        {
            return text;
        }

        return string.Create(length, text, static (span, source) =>
        {
            var at = 0;
            var pending = false;
            foreach (var c in source)
            {
                if (char.IsWhiteSpace(c))
                {
                    pending = at > 0;
                    continue;
                }

                if (pending)
                {
                    span[at++] = ' ';
                    pending = false;
                }

                span[at++] = c;
            }
        });
    }

    /// <summary>
    /// True when no character can start Markdown syntax: only letters, digits, spaces, line breaks and
    /// inert punctuation, and no line that could open a block (indented code, a list item such as
    /// "- ", "1." or "a)", a setext underline). False only sends a text down the full path.
    /// </summary>
    internal static bool IsPlainProse(string text)
    {
        var line = 0;
        while (line < text.Length)
        {
            if (!IsPlainLineStart(text, line))
            {
                return false;
            }

            // Skip what is plain ASCII; stop at a line break, a letter or digit beyond ASCII (plain too),
            // or anything else (not plain).
            var i = line;
            while (true)
            {
                var next = text.AsSpan(i).IndexOfAnyExcept(PlainAscii);
                if (next < 0)
                {
                    return true;
                }

                i += next;
                var c = text[i];
                if (c == '\n')
                {
                    break;
                }

                if (char.IsAscii(c) || !char.IsLetterOrDigit(c))
                {
                    return false;
                }

                i++;
            }

            line = i + 1;
        }

        return true;
    }

    private static bool IsPlainLineStart(string text, int at)
    {
        var i = at;
        while (i < text.Length && text[i] == ' ')
        {
            i++;
        }

        if (i - at >= 4 || (i < text.Length && text[i] == '-'))
        {
            return false;
        }

        // A run of letters or digits followed by '.' or ')' may be a list marker ("1.", "b)", "iv.").
        var word = i;
        while (i < text.Length && char.IsAsciiLetterOrDigit(text[i]))
        {
            i++;
        }

        return i == word || i == text.Length || text[i] is not ('.' or ')');
    }
}
