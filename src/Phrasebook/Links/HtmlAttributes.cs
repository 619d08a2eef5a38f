using System.Net;
using System.Text;

namespace Phrasebook.Links;

/// <summary>
/// A fast scan for id, href and src attributes in HTML the build itself wrote (quoted attributes),
/// without building a DOM: checking links must stay cheap at 70,000 pages. It reads the page as it
/// is written to disk (UTF-8), so no page is decoded to a string for it. Script bodies are skipped.
/// </summary>
public static class HtmlAttributes
{
    /// <summary>Receives one attribute value as written: UTF-8, character references not yet decoded.</summary>
    /// <param name="attribute">The index of the attribute in the list scanned for.</param>
    public delegate void Found(int attribute, ReadOnlySpan<byte> raw);

    public static List<string> Values(string html, string attribute) => Values(Encoding.UTF8.GetBytes(html), attribute);

    public static List<string> Values(ReadOnlySpan<byte> html, string attribute) => Values(html, [attribute])[0];

    /// <summary>The decoded values of each of <paramref name="attributes"/>, in that order.</summary>
    public static List<string>[] Values(ReadOnlySpan<byte> html, params ReadOnlySpan<string> attributes)
    {
        var values = new List<string>[attributes.Length];
        for (var a = 0; a < values.Length; a++)
        {
            values[a] = [];
        }

        Scan(html, attributes, (a, raw) => values[a].Add(Decode(raw)));
        return values;
    }

    /// <summary>
    /// Each value of each of <paramref name="attributes"/>, attribute by attribute, in document order; the
    /// page's scripts are found once for all. Raw, so a caller that pools or hashes values makes no string.
    /// </summary>
    public static void Scan(ReadOnlySpan<byte> html, ReadOnlySpan<string> attributes, Found found)
    {
        var scripts = ScriptBodies(html);
        for (var a = 0; a < attributes.Length; a++)
        {
            Scan(html, attributes[a], a, scripts, found);
        }
    }

    /// <summary>A raw value as text, its character references (&amp;amp;) decoded.</summary>
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var value = Encoding.UTF8.GetString(raw);
        return raw.Contains((byte)'&') ? WebUtility.HtmlDecode(value) : value;
    }

    private static void Scan(ReadOnlySpan<byte> html, string attribute, int index, List<(int Start, int End)> scripts, Found found)
    {
        Span<byte> needle = stackalloc byte[attribute.Length + 1];
        Encoding.ASCII.GetBytes(attribute, needle);
        needle[^1] = (byte)'=';
        var i = 0;
        int at;
        while ((at = html[i..].IndexOf(needle)) >= 0)
        {
            var start = i + at;
            i = start + needle.Length;
            if (start == 0 || !IsSpace(html[start - 1]) || i >= html.Length || InScript(start, scripts))
            {
                continue;
            }

            var quote = html[i];
            if (quote is not ((byte)'"' or (byte)'\''))
            {
                continue;
            }

            var length = html[(i + 1)..].IndexOf(quote);
            if (length < 0)
            {
                break;
            }

            found(index, html.Slice(i + 1, length));
            i += length + 2;
        }
    }

    private static bool InScript(int position, List<(int Start, int End)> scripts)
    {
        foreach (var (start, end) in scripts)
        {
            if (position > start && position < end)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f';

    /// <summary>Where script bodies are: attribute-like text inside them is code, not markup.</summary>
    private static List<(int Start, int End)> ScriptBodies(ReadOnlySpan<byte> html)
    {
        var ranges = new List<(int, int)>();
        var i = 0;
        int found;
        while ((found = IndexOfIgnoreCase(html[i..], "<script"u8)) >= 0)
        {
            var open = i + found;
            var bodyStart = html[open..].IndexOf((byte)'>');
            if (bodyStart < 0)
            {
                break;
            }

            bodyStart += open;
            var close = IndexOfIgnoreCase(html[bodyStart..], "</script"u8);
            var end = close < 0 ? html.Length : bodyStart + close;
            ranges.Add((bodyStart, end));
            i = close < 0 ? html.Length : end + 8;
        }

        return ranges;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerAscii)
    {
        var searched = 0;
        while (true)
        {
            // The first byte in either case, then the rest compared ASCII-case-insensitively.
            var at = text[searched..].IndexOfAny(lowerAscii[0], (byte)char.ToUpperInvariant((char)lowerAscii[0]));
            if (at < 0)
            {
                return -1;
            }

            at += searched;
            if (at + lowerAscii.Length <= text.Length && Ascii.EqualsIgnoreCase(text.Slice(at, lowerAscii.Length), lowerAscii))
            {
                return at;
            }

            searched = at + 1;
        }
    }
}
