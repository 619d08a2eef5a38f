using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Markdown;

namespace Phrasebook.Pages;

internal static class MarkdownLinks
{
    /// <summary>Ids of term: links in a Markdown text, in order of first appearance.</summary>
    public static IEnumerable<string> TermIds(string markdown) =>
        MarkdownRenderer.Parse(markdown)
            .Descendants<LinkInline>()
            .Select(l => IdLink.Parse(l.Url))
            .Where(l => l?.Kind == IdLinkKind.Term)
            .Select(l => l!.Value.Target)
            .Distinct(StringComparer.Ordinal);
}
