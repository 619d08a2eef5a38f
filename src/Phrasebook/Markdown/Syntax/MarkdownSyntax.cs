using Markdig;
using Markdig.Syntax;

namespace Phrasebook.Markdown.Syntax;

/// <summary>
/// The one Markdig pipeline of the site and its parser: facts read from the syntax tree when content is read
/// (headings, id links, limits) and the rendered HTML come from the same tree.
/// </summary>
public static class MarkdownSyntax
{
    public static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub)
        .UseEmphasisExtras()
        .UseListExtras()
        .UsePreciseSourceLocation()
        .DisableHtml()
        .Build();

    /// <summary>Parses a text; Markdig's own failures (its depth limit) become a <see cref="MarkdownTooComplexException"/>.</summary>
    /// <remarks>Texts are checked against <see cref="MarkdownLimits"/> when read, so this is the last line of defence.</remarks>
    public static MarkdownDocument Parse(string markdown)
    {
        try
        {
            return Markdig.Markdown.Parse(markdown, Pipeline);
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IndexOutOfRangeException or InsufficientExecutionStackException)
        {
            throw new MarkdownTooComplexException(e.Message, e);
        }
    }
}

/// <summary>Markdig could not parse a text (it passed <see cref="MarkdownLimits"/>, yet Markdig gave up on it).</summary>
public sealed class MarkdownTooComplexException(string message, Exception inner) : Exception(message, inner);
