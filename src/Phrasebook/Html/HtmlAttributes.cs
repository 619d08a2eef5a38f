using System.Buffers;
using System.Net;
using System.Text;

namespace Phrasebook.Html;

/// <summary>
/// A fast scan for id, href and src attributes without building a DOM: checking links must stay cheap at
/// 70,000 pages. It reads the page as it is written to disk (UTF-8), so no page is decoded to a string
/// for it. It follows the HTML tokenizer where it matters for attributes (quoted and unquoted values,
/// names in any case, the first of two same-named attributes, comments, end tags, the text of script,
/// style, textarea and title, a tag cut off by the end of the file), and is checked against AngleSharp
/// on every page of the sample and of a generated site (HtmlAttributesDifferentialTests).
/// </summary>
/// <remarks>
/// Left out, because the build never writes them: script data's escaped states (a "&lt;!--" holding
/// "&lt;script&gt;" inside a script), CDATA sections in SVG, and tags inside an SVG title.
/// </remarks>
public static class HtmlAttributes
{
    /// <summary>Receives one attribute value as written: UTF-8, character references not yet decoded.</summary>
    /// <param name="attribute">The index of the attribute in the list scanned for.</param>
    public delegate void Found(int attribute, ReadOnlySpan<byte> raw);

    // Elements whose text is not markup until their end tag (RAWTEXT and RCDATA; scripting is off, as in
    // AngleSharp's default, so noscript holds markup). plaintext never ends.
    private static readonly string[] RawText = ["script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes"];

    // Where a tag name, an attribute name and an unquoted value end: searched for vectorised, not byte by byte.
    private static readonly SearchValues<byte> NameEnd = SearchValues.Create(" \n\r\t\f/>"u8);
    private static readonly SearchValues<byte> AttributeNameEnd = SearchValues.Create(" \n\r\t\f/>="u8);
    private static readonly SearchValues<byte> UnquotedEnd = SearchValues.Create(" \n\r\t\f>"u8);

    [ThreadStatic]
    private static List<(int Attribute, int Start, int Length)>? t_hits;

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
    /// Each value of each of <paramref name="attributes"/> (lower-case names), attribute by attribute, in
    /// document order. Raw, so a caller that pools or hashes values makes no string.
    /// </summary>
    public static void Scan(ReadOnlySpan<byte> html, ReadOnlySpan<string> attributes, Found found)
    {
        if (attributes.Length > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(attributes), "At most 32 attributes at once.");
        }

        // The thread's list is taken while in use, so a callback that scans another page gets a list of its own.
        var hits = t_hits ?? [];
        t_hits = null;
        try
        {
            Tokenize(html, attributes, hits);
            for (var a = 0; a < attributes.Length; a++)
            {
                foreach (var (attribute, start, length) in hits)
                {
                    if (attribute == a)
                    {
                        found(a, html.Slice(start, length));
                    }
                }
            }
        }
        finally
        {
            hits.Clear();
            t_hits = hits;
        }
    }

    /// <summary>A raw value as text, its character references (&amp;amp;) decoded.</summary>
    public static string Decode(ReadOnlySpan<byte> raw)
    {
        var value = Encoding.UTF8.GetString(raw);
        return raw.Contains((byte)'&') ? WebUtility.HtmlDecode(value) : value;
    }

    /// <summary>The tokenizer's data state: text is skipped to the next '&lt;', tags are read, the rest skipped.</summary>
    private static void Tokenize(ReadOnlySpan<byte> html, ReadOnlySpan<string> attributes, List<(int, int, int)> hits)
    {
        var i = 0;
        while (i < html.Length)
        {
            var lt = html[i..].IndexOf((byte)'<');
            if (lt < 0 || i + lt + 1 >= html.Length)
            {
                return;
            }

            i += lt + 1;
            var c = html[i];
            if (IsLetter(c))
            {
                var tagged = hits.Count;
                var name = i;
                i = TagEnd(html, i, attributes, hits);
                if (i < 0)
                {
                    // The file ended inside the tag: a browser drops the whole tag.
                    hits.RemoveRange(tagged, hits.Count - tagged);
                    return;
                }

                i = SkipRawText(html, name, i);
            }
            else if (c == '/' && i + 1 < html.Length && IsLetter(html[i + 1]))
            {
                // An end tag's attributes are read (a quoted '>' does not end it) and thrown away.
                var tagged = hits.Count;
                i = TagEnd(html, i + 1, attributes, hits);
                hits.RemoveRange(tagged, hits.Count - tagged);
                if (i < 0)
                {
                    return;
                }
            }
            else if (c == '!' && html[(i + 1)..].StartsWith("--"u8))
            {
                i = CommentEnd(html, i + 3);
            }
            else if (c is (byte)'!' or (byte)'?' or (byte)'/')
            {
                // A doctype, a bogus comment, or "</>": up to the next '>'.
                var gt = html[i..].IndexOf((byte)'>');
                i = gt < 0 ? html.Length : i + gt + 1;
            }
        }
    }

    /// <summary>Reads a tag from its name at <paramref name="i"/>; the index after its '>', or -1 at the end of the file.</summary>
    private static int TagEnd(ReadOnlySpan<byte> html, int i, ReadOnlySpan<string> attributes, List<(int, int, int)> hits)
    {
        i = EndOf(html, i, NameEnd);
        var seen = 0u;
        while (true)
        {
            // Before an attribute name: a '/' not followed by '>' is as good as a space.
            while (i < html.Length && (IsSpace(html[i]) || (html[i] == '/' && i + 1 < html.Length && html[i + 1] != '>')))
            {
                i++;
            }

            if (i >= html.Length || (html[i] == '/' && i + 1 >= html.Length))
            {
                return -1;
            }

            if (html[i] == '>' || html[i] == '/')
            {
                return html[i] == '>' ? i + 1 : i + 2;
            }

            // The name: a first '=' belongs to it, then up to a space, '/', '>' or '='.
            var nameStart = i;
            i = EndOf(html, i + 1, AttributeNameEnd);

            var attribute = IndexOf(html[nameStart..i], attributes);
            var valueStart = i;
            var valueLength = 0;
            var j = SkipSpaces(html, i);
            if (j < html.Length && html[j] == '=')
            {
                j = SkipSpaces(html, j + 1);
                if (j >= html.Length)
                {
                    return -1;
                }

                if (html[j] is (byte)'"' or (byte)'\'')
                {
                    var close = html[(j + 1)..].IndexOf(html[j]);
                    if (close < 0)
                    {
                        return -1;
                    }

                    (valueStart, valueLength, i) = (j + 1, close, j + close + 2);
                }
                else if (html[j] == '>')
                {
                    (valueStart, i) = (j, j);
                }
                else
                {
                    var end = EndOf(html, j, UnquotedEnd);
                    (valueStart, valueLength, i) = (j, end - j, end);
                }
            }

            // The first of two attributes of the same name counts; the browser drops the second.
            if (attribute >= 0 && (seen & (1u << attribute)) == 0)
            {
                seen |= 1u << attribute;
                hits.Add((attribute, valueStart, valueLength));
            }
        }
    }

    /// <summary>After the start tag of an element whose text is not markup: where its end tag starts.</summary>
    private static int SkipRawText(ReadOnlySpan<byte> html, int name, int i)
    {
        var tag = html[name..EndOf(html, name, NameEnd)];
        if (Ascii.EqualsIgnoreCase(tag, "plaintext"u8))
        {
            return html.Length;
        }

        foreach (var raw in RawText)
        {
            if (Ascii.EqualsIgnoreCase(tag, raw))
            {
                return RawTextEnd(html, i, tag);
            }
        }

        return i;
    }

    /// <summary>The '&lt;' of the first "&lt;/name" followed by a space, '/' or '>' (any case), or the end of the file.</summary>
    private static int RawTextEnd(ReadOnlySpan<byte> html, int i, ReadOnlySpan<byte> tag)
    {
        while (true)
        {
            var at = html[i..].IndexOf("</"u8);
            if (at < 0)
            {
                return html.Length;
            }

            at += i;
            var after = at + 2 + tag.Length;
            if (after < html.Length && Ascii.EqualsIgnoreCase(html.Slice(at + 2, tag.Length), tag)
                && (IsSpace(html[after]) || html[after] is (byte)'/' or (byte)'>'))
            {
                return at;
            }

            i = at + 2;
        }
    }

    /// <summary>From just after "&lt;!--": the index after the comment's end ("--&gt;", "--!&gt;", or an abrupt "&gt;" or "-&gt;").</summary>
    private static int CommentEnd(ReadOnlySpan<byte> html, int i)
    {
        if (html[i..].StartsWith(">"u8))
        {
            return i + 1;
        }

        if (html[i..].StartsWith("->"u8))
        {
            return i + 2;
        }

        while (true)
        {
            var dashes = html[i..].IndexOf("--"u8);
            if (dashes < 0)
            {
                return html.Length;
            }

            i += dashes + 2;
            if (html[i..].StartsWith(">"u8))
            {
                return i + 1;
            }

            if (html[i..].StartsWith("!>"u8))
            {
                return i + 2;
            }

            i--;
        }
    }

    /// <summary>Which of the (lower-case) attributes <paramref name="name"/> is, in any case; -1 for none.</summary>
    private static int IndexOf(ReadOnlySpan<byte> name, ReadOnlySpan<string> attributes)
    {
        for (var a = 0; a < attributes.Length; a++)
        {
            if (name.Length == attributes[a].Length && Ascii.EqualsIgnoreCase(name, attributes[a]))
            {
                return a;
            }
        }

        return -1;
    }

    /// <summary>The index of the first of <paramref name="ends"/> from <paramref name="i"/> on, or the length of the file.</summary>
    private static int EndOf(ReadOnlySpan<byte> html, int i, SearchValues<byte> ends)
    {
        var at = html[i..].IndexOfAny(ends);
        return at < 0 ? html.Length : i + at;
    }

    private static int SkipSpaces(ReadOnlySpan<byte> html, int i)
    {
        while (i < html.Length && IsSpace(html[i]))
        {
            i++;
        }

        return i;
    }

    private static bool IsLetter(byte b) => (uint)((b | 0x20) - 'a') <= 'z' - 'a';

    private static bool IsSpace(byte b) => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t' or (byte)'\f';
}
