using Phrasebook.Markdown;

namespace Phrasebook.Search;

/// <summary>Markdown to the plain words a reader sees: what search indexes and result snippets show.</summary>
public static class PlainText
{
    public static string Of(string markdown)
    {
        if (markdown.Length == 0)
        {
            return "";
        }

        var text = Markdig.Markdown.ToPlainText(markdown, MarkdownRenderer.Pipeline);
        return string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
