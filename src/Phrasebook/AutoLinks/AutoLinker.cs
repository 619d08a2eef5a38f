using System.Text;
using Phrasebook.Content.Index;

namespace Phrasebook.AutoLinks;

/// <summary>
/// Links mentions of terms in rendered HTML to the term's page in the same language: the first
/// mention per section (a heading starts a new one), never inside headings, links, code or
/// preformatted text, never to the text's own term. Each link carries the term's summary as a
/// tooltip (aria-describedby), shown on hover and focus by the theme's CSS.
/// </summary>
/// <remarks>
/// The input is HTML the build's own Markdown renderer wrote (well-formed, raw HTML disabled), so a
/// single pass over tags and text does the job. A DOM parser per fragment cost minutes at 10,000
/// terms (150,000 fragments); this pass costs microseconds and leaves untouched text byte-identical.
/// </remarks>
public sealed class AutoLinker(SiteIndex site, string lang, TermMatcher matcher, Func<string, string?> summaryOf)
{
    [ThreadStatic]
    private static State? state;

    /// <param name="html">A fragment the Markdown renderer produced.</param>
    /// <param name="self">The term the text belongs to: never linked to itself.</param>
    /// <param name="idPrefix">Makes tooltip ids unique on a page that shows several fragments.</param>
    public string Link(string html, string? self, string idPrefix) => Link(html, self, "", idPrefix, null);

    /// <summary>
    /// <see cref="Link(string, string?, string)"/> with the prefix <see cref="IdPrefixFor(string, string?)"/> of the
    /// Markdown the fragment was rendered from and <paramref name="self"/>, hashed only when the text links something
    /// (most texts mention no other term).
    /// </summary>
    /// <param name="linked">When given, gets the id of every term a link was made to (the texts depend on their summaries).</param>
    public string LinkRendered(string html, string markdown, string? self, ICollection<string>? linked = null) => Link(html, self, markdown, null, linked);

    private string Link(string html, string? self, string markdown, string? idPrefix, ICollection<string>? linked)
    {
        var s = state ??= new State();
        s.Output.Clear();
        s.Linked.Clear();
        s.Markdown = markdown;
        s.IdPrefix = idPrefix;
        s.AllLinked = linked;
        var skipDepth = 0;
        var count = 0;
        var changed = false;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var textEnd = lt < 0 ? html.Length : lt;
            if (textEnd > i)
            {
                var text = html.AsSpan(i, textEnd - i);
                if (skipDepth == 0)
                {
                    changed |= LinkText(text, s, self, ref count);
                }
                else
                {
                    s.Output.Append(text);
                }
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            i = gt < 0 ? html.Length : gt + 1;
            var tag = html.AsSpan(lt, i - lt);
            s.Output.Append(tag);

            var name = TagName(tag, out var closing);
            if (IsSkipped(name))
            {
                if (name[0] is 'h' or 'H' && !closing)
                {
                    s.Linked.Clear(); // a heading starts a new section
                }

                if (name.Length == 1 && !closing && TermIdOf(Attribute(tag, "href")) is { } authorLinked)
                {
                    s.Linked.Add(authorLinked); // the author linked it already: that is the section's mention
                }

                skipDepth += closing ? -1 : 1;
                skipDepth = Math.Max(skipDepth, 0);
            }
        }

        return changed ? s.Output.ToString() : html;
    }

    private bool LinkText(ReadOnlySpan<char> text, State s, string? self, ref int count)
    {
        var output = s.Output;
        var at = 0;
        s.Mentions.Clear();
        matcher.Find(text, s.Mentions);
        foreach (var m in s.Mentions)
        {
            if (m.TermId == self || !s.Linked.Add(m.TermId))
            {
                continue;
            }

            var prefix = s.IdPrefix ??= IdPrefixFor(s.Markdown, self);
            s.AllLinked?.Add(m.TermId);
            ++count;
            output.Append(text[at..m.Start])
                .Append("<a href=\"").Append(site.Urls.Term(lang, m.TermId))
                .Append("\" class=\"term-link\" aria-describedby=\"").Append(prefix).Append('-').Append(count).Append("\">")
                .Append(text[m.Start..m.End])
                .Append("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Append(prefix).Append('-').Append(count).Append("\" hidden>");
            Escape(summaryOf(m.TermId) ?? "", output);
            output.Append("</span>");
            at = m.End;
        }

        output.Append(text[at..]);
        return at > 0;
    }

    private static ReadOnlySpan<char> TagName(ReadOnlySpan<char> tag, out bool closing)
    {
        closing = tag.Length > 1 && tag[1] == '/';
        var start = closing ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return tag[start..end];
    }

    /// <summary>Elements whose text is never linked: links, code, headings, scripts.</summary>
    private static bool IsSkipped(ReadOnlySpan<char> name) =>
        name.Length switch
        {
            1 => name[0] is 'a' or 'A',
            2 => name[0] is 'h' or 'H' && name[1] is >= '1' and <= '6',
            3 => name.Equals("pre", StringComparison.OrdinalIgnoreCase) || name.Equals("kbd", StringComparison.OrdinalIgnoreCase),
            4 => name.Equals("code", StringComparison.OrdinalIgnoreCase) || name.Equals("samp", StringComparison.OrdinalIgnoreCase),
            5 => name.Equals("style", StringComparison.OrdinalIgnoreCase),
            6 => name.Equals("script", StringComparison.OrdinalIgnoreCase),
            _ => false,
        };

    private static string? Attribute(ReadOnlySpan<char> tag, string name)
    {
        var needle = $" {name}=\"";
        var at = tag.IndexOf(needle, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + needle.Length;
        var end = tag[start..].IndexOf('"');
        return end < 0 ? null : System.Net.WebUtility.HtmlDecode(tag.Slice(start, end).ToString());
    }

    private string? TermIdOf(string? href)
    {
        var prefix = site.Urls.Terms(lang);
        if (href is null || !href.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var rest = href[prefix.Length..];
        var end = rest.IndexOfAny(['/', '#']);
        return end > 0 ? rest[..end] : null;
    }

    /// <summary>Buffers reused by every call on one thread: the linker runs for each of hundreds of thousands of texts.</summary>
    private sealed class State
    {
        public StringBuilder Output { get; } = new(4096);

        public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);

        public List<Mention> Mentions { get; } = [];

        public string Markdown { get; set; } = "";

        public string? IdPrefix { get; set; }

        public ICollection<string>? AllLinked { get; set; }
    }

    private static void Escape(string text, StringBuilder output)
    {
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => output.Append("&amp;"),
                '<' => output.Append("&lt;"),
                '>' => output.Append("&gt;"),
                '"' => output.Append("&quot;"),
                _ => output.Append(c),
            };
        }
    }

    /// <summary>A short, stable prefix for tooltip ids, from the text itself.</summary>
    public static string IdPrefixFor(string text) => IdPrefixFor(text, null);

    /// <summary>The prefix of <paramref name="text"/> followed by <paramref name="self"/>, without joining them.</summary>
    public static string IdPrefixFor(string text, string? self)
    {
        // FNV-1a over the UTF-8 of text + self, as when the two were joined into one string (a surrogate
        // pair split between them is encoded as one character either way, through one encoder).
        var encoder = Utf8.GetEncoder();
        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(1024);
        try
        {
            var hash = 2166136261u;
            Hash(encoder, text, self is null, bytes, ref hash);
            if (self is not null)
            {
                Hash(encoder, self, true, bytes, ref hash);
            }

            return "tip-" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static readonly Encoding Utf8 = new UTF8Encoding(false, false);

    private static void Hash(Encoder encoder, ReadOnlySpan<char> chars, bool last, byte[] bytes, ref uint hash)
    {
        bool completed;
        do
        {
            encoder.Convert(chars, bytes, last, out var used, out var written, out completed);
            foreach (var b in bytes.AsSpan(0, written))
            {
                hash = (hash ^ b) * 16777619u;
            }

            chars = chars[used..];
        }
        while (!completed);
    }
}
