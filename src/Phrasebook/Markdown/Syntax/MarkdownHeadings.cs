using System.Collections.Immutable;
using System.Text;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Phrasebook.Markdown.Syntax;

/// <summary>
/// The h2 and h3 headings of a Markdown body, for a table of contents, read from Markdig's syntax tree when
/// the content is read: the id the page's heading gets (<see cref="MarkdownSyntax.Pipeline"/>'s GitHub
/// identifiers) and its text as a reader sees it, without markup.
/// </summary>
public static class MarkdownHeadings
{
    public static ImmutableArray<Heading> Of(string markdown)
    {
        // Most bodies have no heading; a '#' or a setext underline ('-') is needed for one.
        if (markdown.IndexOfAny(['#', '-']) < 0)
        {
            return [];
        }

        var headings = ImmutableArray.CreateBuilder<Heading>();
        foreach (var heading in MarkdownSyntax.Parse(markdown).Descendants<HeadingBlock>())
        {
            if (heading.Level is 2 or 3 && heading.TryGetAttributes()?.Id is { Length: > 0 } id)
            {
                var text = new StringBuilder();
                AppendText(heading.Inline, text);
                headings.Add(new Heading(heading.Level, id, text.ToString().Trim()));
            }
        }

        return headings.ToImmutable();
    }

    /// <summary>The text the rendered inlines show: an image shows nothing, unless its URL is unsafe and it is reduced to its alt text.</summary>
    private static void AppendText(Inline? inline, StringBuilder text)
    {
        switch (inline)
        {
            case null:
                return;
            case LiteralInline literal:
                text.Append(literal.Content.AsSpan());
                return;
            case CodeInline code:
                text.Append(code.Content);
                return;
            case HtmlEntityInline entity:
                text.Append(entity.Transcoded.AsSpan());
                return;
            case LineBreakInline:
                text.Append('\n');
                return;
            case AutolinkInline auto:
                text.Append(auto.Url);
                return;
            case LinkInline { IsImage: true } image:
                // MarkdownRenderer renders an image by id or with a safe URL as <img>, and any other as its alt text.
                if (IdLink.Parse(image.Url) is null && !UrlSafety.IsSafe(image.Url))
                {
                    text.Append(string.Concat(image.Descendants<LiteralInline>().Select(l => l.Content.ToString())));
                }

                return;
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                {
                    AppendText(child, text);
                }

                return;
        }
    }
}
