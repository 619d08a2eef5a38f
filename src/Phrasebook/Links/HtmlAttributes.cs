using System.Net;

namespace Phrasebook.Links;

/// <summary>
/// A fast scan for id, href and src attributes in HTML the build itself wrote (quoted attributes),
/// without building a DOM: checking links must stay cheap at 30,000 pages. Script bodies are skipped.
/// </summary>
public static class HtmlAttributes
{
    public static IEnumerable<string> Values(string html, string attribute)
    {
        var needle = attribute + "=";
        var scripts = ScriptBodies(html);
        var i = 0;
        while ((i = html.IndexOf(needle, i, StringComparison.Ordinal)) >= 0)
        {
            var start = i;
            i += needle.Length;
            if (start == 0 || !char.IsWhiteSpace(html[start - 1]) || i >= html.Length || scripts.Any(r => start > r.Start && start < r.End))
            {
                continue;
            }

            var quote = html[i];
            if (quote is not ('"' or '\''))
            {
                continue;
            }

            var end = html.IndexOf(quote, i + 1);
            if (end < 0)
            {
                yield break;
            }

            yield return WebUtility.HtmlDecode(html[(i + 1)..end]);
            i = end + 1;
        }
    }

    /// <summary>Where script bodies are: attribute-like text inside them is code, not markup.</summary>
    private static List<(int Start, int End)> ScriptBodies(string html)
    {
        var ranges = new List<(int, int)>();
        var i = 0;
        while ((i = html.IndexOf("<script", i, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            var bodyStart = html.IndexOf('>', i);
            if (bodyStart < 0)
            {
                break;
            }

            var close = html.IndexOf("</script", bodyStart, StringComparison.OrdinalIgnoreCase);
            ranges.Add((bodyStart, close < 0 ? html.Length : close));
            i = close < 0 ? html.Length : close + 8;
        }

        return ranges;
    }
}
