using System.Globalization;
using System.Text;

namespace Phrasebook.Cli;

/// <summary>
/// Text from content (a key, an id, a file name) printed in a terminal or a CI log: a line break in
/// it would start a new line that GitHub Actions reads as a workflow command (`::error`,
/// `::add-mask::`), and ESC or BEL would drive the terminal. So every control character, and the
/// invisible bidirectional overrides that reorder what a reader sees, is shown as an escape.
/// </summary>
internal static class ConsoleText
{
    public static string Escape(string text)
    {
        if (!text.AsSpan().ContainsAnyInRange('\u0000', '\u001F') && !NeedsSlowPath(text))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            switch (c)
            {
                case '\n':
                    sb.Append("\\n");
                    break;
                case '\r':
                    sb.Append("\\r");
                    break;
                case '\t':
                    sb.Append("\\t");
                    break;
                default:
                    if (IsHidden(c))
                    {
                        sb.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        sb.Append(c);
                    }

                    break;
            }
        }

        return sb.ToString();
    }

    private static bool NeedsSlowPath(string text)
    {
        foreach (var c in text)
        {
            if (IsHidden(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>C0 and C1 controls, DEL, the line and paragraph separators, and the bidi embeddings, overrides and isolates.</summary>
    private static bool IsHidden(char c) =>
        c < '\u0020' || c is >= '\u007F' and <= '\u009F' || c is '\u2028' or '\u2029' || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
