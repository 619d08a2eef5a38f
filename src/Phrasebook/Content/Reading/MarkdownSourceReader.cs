using Phrasebook.Content.Model;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Reading;

/// <summary>
/// Reads <c>&lt;id&gt;.&lt;lang&gt;.md</c> files: YAML front matter between <c>---</c> lines, then Markdown.
/// Processes and free pages share the format; pages simply have fewer keys.
/// </summary>
public sealed class MarkdownSourceReader(FieldReader fields, DiagnosticBag diagnostics)
{
    public static readonly string[] ProcessKeys = ["title", "summary", "roles", "industries", "order", "autolink"];
    public static readonly string[] PageKeys = ["title", "summary", "autolink"];

    public MarkdownSource? Read(string path, string text, string id, string language, bool isProcess)
    {
        var (frontMatter, body, bodyLine) = Split(text);
        var fmLocation = new SourceLocation(path, 1, 1);
        if (frontMatter is null && text.StartsWith("---\n", StringComparison.Ordinal))
        {
            diagnostics.Error(Codes.MissingField, fmLocation, "The front matter is not closed: there is no `---` line after it.", "add a line `---` after the front matter's last key, before the text");
            return null;
        }

        if (frontMatter is null)
        {
            diagnostics.Error(Codes.MissingField, fmLocation, "The file has no front matter.", "start the file with `---`, a line `title: ...`, and `---`");
            return null;
        }

        // Front matter starts on line 2 of the file; parse it with its own line numbers shifted.
        var root = YamlSourceReader.Read(path, new string('\n', 1) + frontMatter, diagnostics, out var isEmpty);
        if (isEmpty)
        {
            // `---` then `---` (or only comments between them): no title, so no page.
            diagnostics.Error(Codes.MissingField, fmLocation, "The front matter is empty: it has no 'title'.", "add `title: ...` between the `---` lines");
            return null;
        }

        if (root is null || fields.Mapping(root, "The front matter", fmLocation) is not { } written)
        {
            return null;
        }

        var map = fields.CheckKeys(written, isProcess ? ProcessKeys : PageKeys, "the front matter");
        var title = fields.Text(map["title"], "title");
        if (string.IsNullOrWhiteSpace(title))
        {
            diagnostics.Error(Codes.MissingField, map["title"]?.Location ?? fmLocation, "The front matter has no 'title'.", "add `title: ...`");
            return null;
        }

        if (!TextRules.CheckBody(body, new SourceLocation(path, bodyLine, 1), diagnostics))
        {
            return null;
        }

        return new MarkdownSource(
            id,
            language,
            path,
            title,
            fields.Text(map["summary"], "summary"),
            body,
            new SourceLocation(path, bodyLine, 1),
            isProcess ? fields.IdList(map["roles"], "roles", "A role") : [],
            isProcess ? fields.IdList(map["industries"], "industries", "An industry") : [],
            isProcess ? fields.Integer(map["order"], "order") : null,
            fields.Bool(map["autolink"], "autolink", true))
        {
            Headings = isProcess ? MarkdownHeadings.Of(body) : [],
        };
    }

    /// <summary>Splits front matter from the body; bodyLine is the 1-based line where the body starts.</summary>
    public static (string? FrontMatter, string Body, int BodyLine) Split(string text)
    {
        if (!text.StartsWith("---\n", StringComparison.Ordinal))
        {
            return (null, text, 1);
        }

        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        while (end >= 0 && end + 4 < text.Length && text[end + 4] is not ('\n' or ' '))
        {
            end = text.IndexOf("\n---", end + 4, StringComparison.Ordinal);
        }

        if (end < 0)
        {
            return (null, text, 1);
        }

        var frontMatter = text[4..(end + 1)];
        var bodyStart = text.IndexOf('\n', end + 4);
        var body = bodyStart < 0 ? "" : text[(bodyStart + 1)..];
        var bodyLine = text.AsSpan(0, bodyStart < 0 ? text.Length : bodyStart + 1).Count('\n') + 1;
        return (frontMatter, body, bodyLine);
    }
}
