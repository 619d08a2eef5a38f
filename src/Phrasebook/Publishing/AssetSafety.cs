using System.Text.RegularExpressions;
using System.Xml;

namespace Phrasebook.Publishing;

/// <summary>
/// Assets are published on the site's own origin, so a file a browser would run there is script from
/// a pull request: an SVG with &lt;script&gt;, an event handler or a javascript: link, HTML or XML with a
/// stylesheet. Such files are refused (PB032): an SVG may hold drawing elements only, and refers to
/// nothing outside itself but data: images.
/// </summary>
public static partial class AssetSafety
{
    /// <summary>Formats a browser runs as a document or script on the site's origin; none belongs among images and downloads.</summary>
    private static readonly string[] ActiveExtensions = [".html", ".htm", ".xhtml", ".xht", ".shtml", ".xml", ".xsl", ".xslt", ".js", ".mjs", ".svgz", ".swf"];

    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener",
        "set", "animate", "animateTransform", "animateMotion", "animateColor", "discard",
    };

    private const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";

    /// <summary>Why the asset may not be published, and where (line, column; 0 when the whole file); null when it may.</summary>
    public static (string Why, int Line, int Column)? Problem(string path, ReadOnlySpan<byte> bytes)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (ActiveExtensions.Contains(extension))
        {
            return ($"'{extension}' files are run by browsers on the site's own origin (as a page or a script), so they are not published as assets", 0, 0);
        }

        return extension == ".svg" ? SvgProblem(bytes.ToArray()) : null;
    }

    private static (string Why, int Line, int Column)? SvgProblem(byte[] bytes)
    {
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true, IgnoreWhitespace = true };
        using var reader = XmlReader.Create(new MemoryStream(bytes), settings);
        var info = (IXmlLineInfo)reader;
        var open = new Stack<string>();
        try
        {
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.ProcessingInstruction && reader.Name != "xml")
                {
                    return ($"the processing instruction <?{reader.Name} ...?> (a stylesheet) is not allowed in an SVG", info.LineNumber, info.LinePosition);
                }

                if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && open.TryPeek(out var parent) && parent == "style" && UnsafeCss(reader.Value) is { } css)
                {
                    return ($"its <style> {css}", info.LineNumber, info.LinePosition);
                }

                if (reader.NodeType == XmlNodeType.EndElement)
                {
                    open.TryPop(out _);
                }

                if (reader.NodeType != XmlNodeType.Element)
                {
                    continue;
                }

                if (!reader.IsEmptyElement)
                {
                    open.Push(reader.LocalName);
                }

                if (ForbiddenElements.Contains(reader.LocalName) || reader.NamespaceURI == XhtmlNamespace)
                {
                    return ($"<{reader.Name}> is not a drawing element (scripts, embedded HTML and animations that can set links are not allowed)", info.LineNumber, info.LinePosition);
                }

                for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
                {
                    if (AttributeProblem(reader.LocalName, reader.Value) is { } why)
                    {
                        return ($"the attribute {reader.Name}=\"{Shorten(reader.Value)}\" {why}", info.LineNumber, info.LinePosition);
                    }
                }

                reader.MoveToElement();
            }

            return null;
        }
        catch (XmlException e)
        {
            return e.Message.Contains("DTD", StringComparison.Ordinal)
                ? ("a DOCTYPE (DTD) is not allowed in an SVG (its entities can read files or expand without bound)", Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition))
                : ($"it is not well-formed XML: {e.Message}", Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition));
        }
    }

    private static string? AttributeProblem(string name, string value)
    {
        if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
        {
            return "is an event handler, which runs script";
        }

        if (name is "href" or "src" or "action" or "formaction")
        {
            var v = value.Trim();
            return v.StartsWith('#') || SafeDataImage().IsMatch(v) ? null : "refers to something outside the SVG (only '#id' and data: images are allowed)";
        }

        return UnsafeCss(value) is { } css ? css : null;
    }

    /// <summary>CSS (a style attribute or element, a fill="url(...)") that loads something or runs script.</summary>
    private static string? UnsafeCss(string css)
    {
        if (css.Contains("javascript:", StringComparison.OrdinalIgnoreCase) || css.Contains("expression(", StringComparison.OrdinalIgnoreCase))
        {
            return "holds script";
        }

        if (css.Contains("@import", StringComparison.OrdinalIgnoreCase))
        {
            return "imports a stylesheet";
        }

        foreach (Match url in CssUrl().Matches(css))
        {
            var target = url.Groups[1].Value.Trim().Trim('"', '\'').Trim();
            if (!target.StartsWith('#') && !SafeDataImage().IsMatch(target))
            {
                return "refers to something outside the SVG (only url(#id) and data: images are allowed)";
            }
        }

        return null;
    }

    private static string Shorten(string s) => s.Length > 60 ? s[..60] + "…" : s;

    [GeneratedRegex(@"url\s*\(([^)]*)\)", RegexOptions.IgnoreCase)]
    private static partial Regex CssUrl();

    [GeneratedRegex(@"^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\s]*$", RegexOptions.IgnoreCase)]
    private static partial Regex SafeDataImage();
}
