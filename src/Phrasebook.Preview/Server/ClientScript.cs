using System.Net;
using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Preview.Rebuilding;

namespace Phrasebook.Preview.Server;

/// <summary>
/// The live-reload script (Client/preview.js) and the messages it reads. The server adds the script to
/// the HTML it sends; the built documents never contain it.
/// </summary>
public static class ClientScript
{
    public const string FileName = "preview.js";

    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Source { get; } = ReadSource();

    /// <summary>The script tag for a page, placed before its last &lt;/body&gt; (or at the end).</summary>
    public static string Inject(string html, string file, SiteSnapshot snapshot)
    {
        var tag = Tag(file, snapshot);
        var at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : string.Concat(html.AsSpan(0, at), tag, html.AsSpan(at));
    }

    public static string Tag(string file, SiteSnapshot snapshot) =>
        $"<script src=\"{WebUtility.HtmlEncode(snapshot.LinkRoot + PreviewServer.Prefix + FileName)}\" data-events=\"{WebUtility.HtmlEncode(snapshot.LinkRoot + PreviewServer.Prefix + "events")}\" data-page=\"{WebUtility.HtmlEncode(file)}\" data-version=\"{snapshot.Version}\"></script>";

    /// <summary>Where the site stands: its version and the errors of the last attempt (empty when it built).</summary>
    public static string StateJson(SiteSnapshot snapshot) =>
        JsonSerializer.Serialize(new { version = snapshot.Version, errors = snapshot.Errors.Select(ToJson) }, Json);

    public static string ReloadJson(RebuildOutcome outcome) =>
        JsonSerializer.Serialize(new { version = outcome.Version, all = outcome.ReloadAll, files = outcome.ReloadAll ? [] : outcome.ChangedFiles, more = outcome.MoreToCome }, Json);

    public static string ErrorsJson(RebuildOutcome outcome) =>
        JsonSerializer.Serialize(new { version = outcome.Version, errors = outcome.Errors.Select(ToJson) }, Json);

    /// <summary>What is served before the site has built once: nothing but the overlay with the errors.</summary>
    public static string ErrorPage(SiteSnapshot snapshot, string linkRoot) =>
        $"<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Phrasebook preview: the site has errors</title></head><body><h1>The site has not been built yet</h1><p>Fix the errors below; this page reloads by itself.</p>{Tag("", snapshot with { LinkRoot = linkRoot })}</body></html>\n";

    private static object ToJson(Diagnostic d) => new
    {
        file = d.Location.Path,
        line = d.Location.Line,
        column = d.Location.Column,
        location = d.Location.ToString(),
        code = d.Code,
        message = d.Message,
        hint = d.Hint,
        cause = d.Cause?.ToString(),
    };

    private static string ReadSource()
    {
        using var stream = typeof(ClientScript).Assembly.GetManifestResourceStream("preview/" + FileName)
            ?? throw new InvalidOperationException("preview.js is not embedded in Phrasebook.Preview.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
