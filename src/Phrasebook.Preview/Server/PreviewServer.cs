using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.DependencyInjection;
using Phrasebook.Engine.Documents;
using Phrasebook.Preview.Rebuilding;

namespace Phrasebook.Preview.Server;

/// <summary>
/// Kestrel serving the current <see cref="SiteSnapshot"/> from memory under LinkRoot, never cached, with
/// the live-reload script added to every HTML response (and only there: it is never part of a build).
/// </summary>
public sealed class PreviewServer : IAsyncDisposable
{
    /// <summary>The preview's own endpoints, under LinkRoot; no site URL starts with an underscore.</summary>
    public const string Prefix = "_phrasebook/";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();
    private readonly Func<SiteSnapshot> _snapshot;
    private readonly ReloadChannel _events;
    private readonly WebApplication _app;

    private PreviewServer(WebApplication app, Func<SiteSnapshot> snapshot, ReloadChannel events)
    {
        _app = app;
        _snapshot = snapshot;
        _events = events;
        _app.Run(HandleAsync);
    }

    /// <summary>The address it listens on, with the port Kestrel chose when asked for port 0.</summary>
    public Uri Address { get; private set; } = new("http://127.0.0.1/");

    public static async Task<PreviewServer> StartAsync(IPAddress address, int port, Func<SiteSnapshot> snapshot, ReloadChannel events, CancellationToken token)
    {
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions { ApplicationName = "Phrasebook.Preview" });
        builder.WebHost.UseKestrelCore().ConfigureKestrel(k =>
        {
            k.AddServerHeader = false;
            k.Listen(address, port);
        });
        var server = new PreviewServer(builder.Build(), snapshot, events);
        await server._app.StartAsync(token);
        var bound = server._app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server.Address = new Uri(bound.Replace("[::]", "[::1]", StringComparison.Ordinal).Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal));
        return server;
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        await _app.StopAsync(timeout.Token);
        await _app.DisposeAsync();
    }

    private async Task HandleAsync(HttpContext http)
    {
        var response = http.Response;
        response.Headers.CacheControl = "no-store";
        var request = http.Request;
        if (!LocalHostNames.IsAllowed(request.Host))
        {
            // No CORS headers either, here or anywhere: another origin never gets to read a response.
            await SendTextAsync(http, StatusCodes.Status403Forbidden, "text/plain; charset=utf-8", "The preview answers only requests to localhost or an IP address.");
            return;
        }

        if (!HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method))
        {
            response.StatusCode = StatusCodes.Status405MethodNotAllowed;
            response.Headers.Allow = "GET, HEAD";
            return;
        }

        var snapshot = _snapshot();
        var linkRoot = snapshot.LinkRoot;
        var raw = http.Features.Get<IHttpRequestFeature>()?.RawTarget ?? request.Path.Value ?? "/";
        var query = raw.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? raw : raw[..query];
        if (path + "/" == linkRoot || (path == "/" && linkRoot != "/"))
        {
            Redirect(response, linkRoot);
            return;
        }

        var file = RequestPath.ToFile(path, linkRoot);
        if (file is not null && file.StartsWith(Prefix, StringComparison.Ordinal))
        {
            await ServeOwnAsync(http, file[Prefix.Length..], snapshot);
            return;
        }

        if (file is not null && snapshot.Files.TryGetValue(file, out var doc))
        {
            await SendAsync(http, doc, file, StatusCodes.Status200OK, snapshot);
        }
        else if (file is not null && snapshot.Files.ContainsKey(file + "/index.html"))
        {
            // As static hosts do: a folder's address ends in a slash, so relative links resolve.
            Redirect(response, $"{path}/{request.QueryString}");
        }
        else if (snapshot.Files.Count == 0)
        {
            await SendTextAsync(http, StatusCodes.Status503ServiceUnavailable, "text/html; charset=utf-8", ClientScript.ErrorPage(snapshot, linkRoot));
        }
        else
        {
            var notFound = NotFoundPage(file, snapshot);
            if (notFound is null)
            {
                await SendTextAsync(http, StatusCodes.Status404NotFound, "text/plain; charset=utf-8", "Not found.");
            }
            else
            {
                await SendAsync(http, snapshot.Files[notFound], notFound, StatusCodes.Status404NotFound, snapshot);
            }
        }
    }

    private async Task ServeOwnAsync(HttpContext http, string name, SiteSnapshot snapshot)
    {
        switch (name)
        {
            case ClientScript.FileName:
                await SendTextAsync(http, StatusCodes.Status200OK, "text/javascript; charset=utf-8", ClientScript.Source);
                break;
            case "events":
                await StreamEventsAsync(http);
                break;
            case "status":
                await SendTextAsync(http, StatusCodes.Status200OK, "application/json; charset=utf-8", ClientScript.StateJson(snapshot));
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    /// <summary>Server-sent events: the current state first (a page that missed a rebuild catches up), then every rebuild.</summary>
    private async Task StreamEventsAsync(HttpContext http)
    {
        var response = http.Response;
        response.ContentType = "text/event-stream; charset=utf-8";
        response.Headers["X-Accel-Buffering"] = "no";
        var channel = _events.Subscribe();
        var token = http.RequestAborted;
        try
        {
            await response.WriteAsync("retry: 500\n\n" + ReloadChannel.Format("state", ClientScript.StateJson(_snapshot())), token);
            await response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                using var keepAlive = CancellationTokenSource.CreateLinkedTokenSource(token);
                keepAlive.CancelAfter(TimeSpan.FromSeconds(15));
                string message;
                try
                {
                    message = await channel.Reader.ReadAsync(keepAlive.Token);
                }
                catch (OperationCanceledException) when (!token.IsCancellationRequested)
                {
                    message = ": keep-alive\n\n";
                }

                await response.WriteAsync(message, token);
                await response.Body.FlushAsync(token);
            }
        }
        catch (OperationCanceledException)
        {
            // The page was closed or reloaded.
        }
        finally
        {
            _events.Unsubscribe(channel);
        }
    }

    /// <summary>The language's own 404 page for paths under /{lang}/, else the site's /404.html.</summary>
    private static string? NotFoundPage(string? file, SiteSnapshot snapshot)
    {
        var slash = file?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        if (slash > 0 && snapshot.Files.ContainsKey($"{file![..slash]}/404.html"))
        {
            return $"{file[..slash]}/404.html";
        }

        return snapshot.Files.ContainsKey("404.html") ? "404.html" : null;
    }

    private static async Task SendAsync(HttpContext http, Document doc, string file, int status, SiteSnapshot snapshot)
    {
        if (!ContentTypes.TryGetContentType(file, out var type))
        {
            type = "application/octet-stream";
        }

        if (type == "text/html")
        {
            await SendTextAsync(http, status, "text/html; charset=utf-8", ClientScript.Inject(doc.Text, file, snapshot));
            return;
        }

        if (type.StartsWith("text/", StringComparison.Ordinal) || type is "application/javascript" or "application/json" or "image/svg+xml" or "application/xml")
        {
            type += "; charset=utf-8";
        }

        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        var bytes = doc.Bytes;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    private static async Task SendTextAsync(HttpContext http, int status, string type, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        http.Response.StatusCode = status;
        http.Response.ContentType = type;
        http.Response.ContentLength = bytes.Length;
        if (!HttpMethods.IsHead(http.Request.Method))
        {
            await http.Response.Body.WriteAsync(bytes, http.RequestAborted);
        }
    }

    private static void Redirect(HttpResponse response, string location)
    {
        response.StatusCode = StatusCodes.Status302Found;
        response.Headers.Location = location;
    }
}
