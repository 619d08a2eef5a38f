using System.Collections.Frozen;
using System.Text;
using Phrasebook.Site;

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
    private static readonly FrozenSet<string> Skipped = new[] { "a", "code", "pre", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "kbd", "samp" }
        .ToFrozenSet(StringComparer.Ordinal);

    /// <param name="html">A fragment the Markdown renderer produced.</param>
    /// <param name="self">The term the text belongs to: never linked to itself.</param>
    /// <param name="idPrefix">Makes tooltip ids unique on a page that shows several fragments.</param>
    public string Link(string html, string? self, string idPrefix)
    {
        var output = new StringBuilder(html.Length + 256);
        var linked = new HashSet<string>(StringComparer.Ordinal);
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
                var text = html[i..textEnd];
                if (skipDepth == 0)
                {
                    changed |= LinkText(text, output, linked, self, idPrefix, ref count);
                }
                else
                {
                    output.Append(text);
                }
            }

            if (lt < 0)
            {
                break;
            }

            var gt = html.IndexOf('>', lt);
            var tag = html[lt..(gt < 0 ? html.Length : gt + 1)];
            output.Append(tag);
            i = gt < 0 ? html.Length : gt + 1;

            var (name, closing) = TagName(tag);
            if (name.Length > 0 && Skipped.Contains(name))
            {
                if (name[0] == 'h' && !closing)
                {
                    linked.Clear(); // a heading starts a new section
                }

                if (name == "a" && !closing && TermIdOf(Attribute(tag, "href")) is { } authorLinked)
                {
                    linked.Add(authorLinked); // the author linked it already: that is the section's mention
                }

                skipDepth += closing ? -1 : 1;
                skipDepth = Math.Max(skipDepth, 0);
            }
        }

        return changed ? output.ToString() : html;
    }

    private bool LinkText(string text, StringBuilder output, HashSet<string> linked, string? self, string idPrefix, ref int count)
    {
        var at = 0;
        foreach (var m in matcher.Find(text))
        {
            if (m.TermId == self || !linked.Add(m.TermId))
            {
                continue;
            }

            var id = $"{idPrefix}-{++count}";
            output.Append(text, at, m.Start - at)
                .Append("<a href=\"").Append(site.Urls.Term(lang, m.TermId))
                .Append("\" class=\"term-link\" aria-describedby=\"").Append(id).Append("\">")
                .Append(text, m.Start, m.End - m.Start)
                .Append("</a><span class=\"term-tip\" role=\"tooltip\" id=\"").Append(id).Append("\" hidden>");
            Escape(summaryOf(m.TermId) ?? "", output);
            output.Append("</span>");
            at = m.End;
        }

        output.Append(text, at, text.Length - at);
        return at > 0;
    }

    private static (string Name, bool Closing) TagName(string tag)
    {
        var start = tag.Length > 1 && tag[1] == '/' ? 2 : 1;
        var end = start;
        while (end < tag.Length && char.IsAsciiLetterOrDigit(tag[end]))
        {
            end++;
        }

        return (tag[start..end].ToLowerInvariant(), start == 2);
    }

    private static string? Attribute(string tag, string name)
    {
        var at = tag.IndexOf($" {name}=\"", StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }

        var start = at + name.Length + 3;
        var end = tag.IndexOf('"', start);
        return end < 0 ? null : System.Net.WebUtility.HtmlDecode(tag[start..end]);
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
    public static string IdPrefixFor(string text)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return "tip-" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }
}
