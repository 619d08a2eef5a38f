using System.Collections.Frozen;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Phrasebook.Site;

namespace Phrasebook.AutoLinks;

/// <summary>
/// Links mentions of terms in rendered HTML to the term's page in the same language: the first
/// mention per section (a heading starts a new one), never inside headings, links, code or
/// preformatted text, never to the text's own term. Each link carries the term's summary as a
/// tooltip (aria-describedby), shown on hover and focus by the theme's CSS.
/// </summary>
public sealed class AutoLinker(SiteIndex site, string lang, TermMatcher matcher, Func<string, string?> summaryOf)
{
    private static readonly FrozenSet<string> Skipped = new[] { "A", "CODE", "PRE", "H1", "H2", "H3", "H4", "H5", "H6", "SCRIPT", "STYLE", "KBD", "SAMP" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly HtmlParser Parser = new();

    /// <param name="html">A fragment the Markdown renderer produced.</param>
    /// <param name="self">The term the text belongs to: never linked to itself.</param>
    /// <param name="idPrefix">Makes tooltip ids unique on a page that shows several fragments.</param>
    public string Link(string html, string? self, string idPrefix)
    {
        // Cheap exit: no text that could mention anything.
        if (html.Length == 0)
        {
            return html;
        }

        var context = Parser.ParseDocument("<!DOCTYPE html><body></body>").Body!;
        var nodes = Parser.ParseFragment(html, context);
        var body = context.Owner!.CreateElement("div");
        foreach (var node in nodes.ToList())
        {
            body.AppendChild(node);
        }

        var state = new State(self, idPrefix);
        var changed = Walk(body, state);
        return changed ? body.InnerHtml : html;
    }

    private bool Walk(INode parent, State state)
    {
        var changed = false;
        foreach (var child in parent.ChildNodes.ToList())
        {
            if (child is IElement element)
            {
                if (element.LocalName.Length == 2 && element.LocalName[0] == 'h' && char.IsDigit(element.LocalName[1]))
                {
                    state.Linked.Clear(); // a heading starts a new section
                    continue;
                }

                if (element.TagName == "A" && TermIdOf(element.GetAttribute("href")) is { } linked)
                {
                    state.Linked.Add(linked); // the author linked it already: that is the section's mention
                }
                else if (!Skipped.Contains(element.TagName) && !element.ClassList.Contains("no-autolink"))
                {
                    changed |= Walk(element, state);
                }
            }
            else if (child is IText text)
            {
                changed |= LinkText(text, state);
            }
        }

        return changed;
    }

    private bool LinkText(IText text, State state)
    {
        var value = text.Data;
        var mentions = matcher.Find(value)
            .Where(m => m.TermId != state.Self && state.Linked.Add(m.TermId))
            .ToList();
        if (mentions.Count == 0)
        {
            return false;
        }

        var document = text.Owner!;
        var parent = text.Parent!;
        var at = 0;
        foreach (var m in mentions)
        {
            if (m.Start > at)
            {
                parent.InsertBefore(document.CreateTextNode(value[at..m.Start]), text);
            }

            var id = $"{state.IdPrefix}-{++state.Count}";
            var link = document.CreateElement("a");
            link.SetAttribute("href", site.Urls.Term(lang, m.TermId));
            link.SetAttribute("class", "term-link");
            link.SetAttribute("aria-describedby", id);
            link.TextContent = value[m.Start..m.End];
            parent.InsertBefore(link, text);

            var tip = document.CreateElement("span");
            tip.SetAttribute("class", "term-tip");
            tip.SetAttribute("role", "tooltip");
            tip.SetAttribute("id", id);
            tip.SetAttribute("hidden", "");
            tip.TextContent = summaryOf(m.TermId) ?? "";
            parent.InsertBefore(tip, text);
            at = m.End;
        }

        if (at < value.Length)
        {
            parent.InsertBefore(document.CreateTextNode(value[at..]), text);
        }

        parent.RemoveChild(text);
        return true;
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

    private sealed class State(string? self, string idPrefix)
    {
        public string? Self { get; } = self;

        public string IdPrefix { get; } = idPrefix;

        public HashSet<string> Linked { get; } = new(StringComparer.Ordinal);

        public int Count { get; set; }
    }
}
