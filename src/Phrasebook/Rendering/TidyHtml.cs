using System.Text;

namespace Phrasebook.Rendering;

/// <summary>
/// Liquid tags leave whitespace-only lines and trailing spaces behind. Removing them outside
/// &lt;pre&gt; and &lt;textarea&gt; changes nothing a reader sees, keeps pages valid under
/// html-validate's no-trailing-whitespace rule, and makes them smaller.
/// </summary>
public static class TidyHtml
{
    public static string Apply(string html)
    {
        var sb = new StringBuilder(html.Length);
        var preserve = 0;
        foreach (var range in html.AsSpan().Split('\n'))
        {
            var line = html.AsSpan(range.Start.Value, range.End.Value - range.Start.Value);
            var wasPreserving = preserve > 0;
            preserve += Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre") - Count(line, "</textarea");
            if (wasPreserving)
            {
                sb.Append(line).Append('\n');
                continue;
            }

            var trimmed = line.TrimEnd();
            if (trimmed.Length > 0)
            {
                sb.Append(trimmed).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static int Count(ReadOnlySpan<char> line, string tag)
    {
        var count = 0;
        var at = 0;
        while ((at = line[at..].IndexOf(tag, StringComparison.OrdinalIgnoreCase) is var i and >= 0 ? at + i : -1) >= 0)
        {
            count++;
            at += tag.Length;
        }

        return count;
    }
}
