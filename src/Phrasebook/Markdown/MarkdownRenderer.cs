using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Content.Index;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Markdown;

/// <summary>
/// Markdown for every long field: tables, lists and headings with ids; raw HTML is never passed
/// through, links by id (term:, code:, process:) become URLs in the page's language, and unsafe
/// links (javascript:, data: ...) are reduced to their text.
/// </summary>
public sealed class MarkdownRenderer(SiteIndex site)
{
    public string Render(string markdown, string lang)
    {
        var doc = Tree(markdown, lang);
        // Markdig rents a renderer set up for the pipeline: building one per text was a fifth of a page's allocations.
        return Markdig.Markdown.ToHtml(doc, MarkdownSyntax.Pipeline).TrimEnd('\n');
    }

    /// <summary>
    /// The syntax tree <see cref="Render"/> renders in a page language: links by id point to that
    /// language's URLs, and unresolved or unsafe links are reduced to their text. Facts about the
    /// rendered text (which terms it mentions) are read from this tree, not from the HTML.
    /// </summary>
    public MarkdownDocument Tree(string markdown, string lang)
    {
        var doc = MarkdownSyntax.Parse(markdown);
        // Links and autolinks need '[' or '<': most texts have neither, and walking their trees twice was a tenth of rendering them.
        if (markdown.AsSpan().ContainsAny('[', '<'))
        {
            Rewrite(doc, lang);
        }

        return doc;
    }

    /// <summary>Renders a one-line field: the paragraph's inner HTML without the &lt;p&gt;.</summary>
    public string RenderInline(string markdown, string lang)
    {
        if (IsPlainLine(markdown))
        {
            // What Markdig writes for such a line, without parsing it: every title and summary of a list is one.
            return markdown.Contains('"', StringComparison.Ordinal) ? markdown.Replace("\"", "&quot;", StringComparison.Ordinal) : markdown;
        }

        var html = Render(markdown, lang);
        return html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0
            ? html[3..^4]
            : html;
    }

    /// <summary>
    /// One line of plain prose (<see cref="PlainText.IsPlainProse"/>) with no space at either end: Markdig makes
    /// it one paragraph of the line as it is, with only '"' escaped (the other characters HTML escapes cannot occur).
    /// </summary>
    internal static bool IsPlainLine(string markdown) =>
        markdown.Length > 0 && markdown[0] != ' ' && markdown[^1] != ' ' && !markdown.Contains('\n', StringComparison.Ordinal) && PlainText.IsPlainProse(markdown);

    private void Rewrite(MarkdownDocument doc, string lang)
    {
        foreach (var link in doc.Descendants<LinkInline>().ToList())
        {
            if (IdLink.Parse(link.Url) is { } id)
            {
                var url = Resolve(id, lang);
                if (url is null)
                {
                    Unwrap(link);
                }
                else
                {
                    link.Url = url;
                }
            }
            else if (!UrlSafety.IsSafe(link.Url))
            {
                Unwrap(link);
            }
        }

        foreach (var auto in doc.Descendants<AutolinkInline>().ToList())
        {
            if (!UrlSafety.IsSafe(auto.Url))
            {
                auto.ReplaceBy(new LiteralInline(auto.Url));
            }
        }
    }

    public string? Resolve(IdLink link, string lang)
    {
        var urls = site.Urls;
        var fragment = link.Fragment is { Length: > 0 } f ? "#" + Uri.EscapeDataString(f) : "";
        return link.Kind switch
        {
            IdLinkKind.Term when site.Terms.ContainsKey(link.Target) => urls.Term(lang, link.Target) + fragment,
            IdLinkKind.Process when site.Processes.ContainsKey(link.Target) => urls.Process(lang, link.Target) + fragment,
            IdLinkKind.Code when site.FindCode(link.Target) is { } hit =>
                hit.Code is { } code ? urls.Code(lang, code.Slug) : urls.Term(lang, hit.Term.Id) + "#codes",
            _ => null,
        };
    }

    /// <summary>Replaces a link by its content (or, for an image, its alt text).</summary>
    private static void Unwrap(LinkInline link)
    {
        if (link.IsImage)
        {
            var alt = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            link.ReplaceBy(new LiteralInline(alt));
            return;
        }

        var container = new ContainerInline();
        while (link.FirstChild is { } child)
        {
            child.Remove();
            container.AppendChild(child);
        }

        link.ReplaceBy(container);
    }
}
