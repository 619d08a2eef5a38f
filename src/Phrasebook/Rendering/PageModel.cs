using System.Collections.Immutable;

namespace Phrasebook.Rendering;

/// <summary>
/// One page to render: its type (the template), language, URL and how to make the page object the
/// template reads. Created by the Create*Pages modules, rendered by RenderPages.
/// </summary>
/// <remarks>
/// The page object is made when the page is rendered, not when it is listed, and is not kept: a
/// site of 70,000 pages would otherwise hold every page's view (rendered explanations included) at
/// once.
/// </remarks>
public sealed record PageModel(
    string Type,
    string Lang,
    string Url,
    string Title,
    string Description,
    string ObjectName,
    Func<object?>? MakeObject,
    string? SourcePath = null)
{
    /// <summary>The languages this page exists in (for the switcher and hreflang); default: all.</summary>
    public ImmutableArray<string>? Languages { get; init; }

    /// <summary>The same page in another language.</summary>
    public Func<string, string>? UrlIn { get; init; }

    /// <summary>A public URL that invoices may print (term, code and short-link pages): guarded by permalinks.txt.</summary>
    public bool Permalink { get; init; }

    /// <summary>Where this page sends the reader at once (an old term id's page): its canonical URL.</summary>
    public string? RedirectTo { get; init; }

    public const string MetadataKey = "Page";
}
