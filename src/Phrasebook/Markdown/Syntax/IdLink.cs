namespace Phrasebook.Markdown.Syntax;

public enum IdLinkKind
{
    Term,
    Code,
    Process,
}

/// <summary>A link by id in Markdown: <c>term:fuel-surcharge</c>, <c>code:FSC</c>, <c>process:delivery</c>.</summary>
public readonly record struct IdLink(IdLinkKind Kind, string Target, string? Fragment)
{
    /// <summary>Whether Markdown can hold a link at all: "](" (inline) or "]:" (a reference definition). Most texts have neither.</summary>
    public static bool MayAppearIn(string markdown) =>
        markdown.Contains("](", StringComparison.Ordinal) || markdown.Contains("]:", StringComparison.Ordinal);

    public static IdLink? Parse(string? url)
    {
        if (url is null)
        {
            return null;
        }

        var colon = url.IndexOf(':');
        if (colon <= 0)
        {
            return null;
        }

        IdLinkKind? kind = url[..colon] switch
        {
            "term" => IdLinkKind.Term,
            "code" => IdLinkKind.Code,
            "process" => IdLinkKind.Process,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var target = Uri.UnescapeDataString(url[(colon + 1)..]);
        string? fragment = null;
        var hash = target.IndexOf('#');
        if (hash >= 0 && kind != IdLinkKind.Code)
        {
            fragment = target[(hash + 1)..];
            target = target[..hash];
        }

        return new IdLink(kind.Value, target.Trim(), fragment);
    }

    public override string ToString() => $"{Kind.ToString().ToLowerInvariant()}:{Target}";
}
