using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Links;

/// <summary>
/// Where a link found broken on a built page is written in its source file, so the error names the line
/// and column: in Markdown files from Markdig's syntax tree (precise source spans), in YAML values (whose
/// Markdown is inside a scalar) from the link's <c>](target</c> text. A link the theme wrote has no place.
/// </summary>
internal static class LinkSource
{
    public static SourceLocation Find(string root, string source, string url)
    {
        string text;
        try
        {
            // Through SiteFiles like every read of content: the file may have been swapped for a FIFO or a link since.
            if (Content.Files.SiteFiles.ReadAllText(root, Path.Combine(root, source), source, new DiagnosticBag()) is not { } read)
            {
                return new SourceLocation(source);
            }

            text = read.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SourceLocation(source);
        }

        if (source.EndsWith(".md", StringComparison.Ordinal))
        {
            foreach (var link in Markdig.Markdown.Parse(text, MarkdownSyntax.Pipeline).Descendants<LinkInline>())
            {
                if (link.Url is { } written && Matches(written, url) && !link.UrlSpan.IsEmpty)
                {
                    return At(source, text, link.UrlSpan.Start);
                }
            }
        }

        foreach (var marker in new[] { "](" + url, "](<" + url })
        {
            var i = text.IndexOf(marker, StringComparison.Ordinal);
            if (i >= 0)
            {
                return At(source, text, i + marker.Length - url.Length);
            }
        }

        // An id link with a wrong fragment (`term:vat#avgifter`) is written differently from the URL it became.
        if (url.IndexOf('#') is var hash and >= 0)
        {
            var fragment = url[hash..];
            foreach (var kind in new[] { "](term:", "](process:", "](code:", "](<code:" })
            {
                for (var i = text.IndexOf(kind, StringComparison.Ordinal); i >= 0; i = text.IndexOf(kind, i + 1, StringComparison.Ordinal))
                {
                    var end = text.IndexOfAny([')', '>', '\n'], i + 2);
                    if (end > 0 && text.AsSpan(i + 2, end - i - 2).EndsWith(fragment, StringComparison.Ordinal))
                    {
                        return At(source, text, i + 2);
                    }
                }
            }
        }

        return new SourceLocation(source);
    }

    private static bool Matches(string written, string url) =>
        written == url || (url.IndexOf('#') is var hash and >= 0 && IdLink.Parse(written) is not null && written.EndsWith(url[hash..], StringComparison.Ordinal));

    private static SourceLocation At(string source, string text, int index)
    {
        var line = text.AsSpan(0, index).Count('\n') + 1;
        var column = index - (text.LastIndexOf('\n', Math.Max(0, index - 1)) + 1) + 1;
        return new SourceLocation(source, line, column);
    }
}
