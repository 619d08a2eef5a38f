using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Phrasebook.Testing;

/// <summary>
/// Serves a built site on a free loopback port as a static host would: index.html for a folder,
/// 404.html (status 404) for a missing path.
/// </summary>
public sealed class StaticServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private StaticServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>The site's root, ending in '/'.</summary>
    public Uri Address { get; }

    public static async Task<StaticServer> StartAsync(string folder)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var files = new PhysicalFileProvider(folder);
        app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
        var crossOrigin = CrossOriginRules(Path.Combine(folder, "_headers"));
        app.UseStaticFiles(new StaticFileOptions
        {
            FileProvider = files,
            OnPrepareResponse = file =>
            {
                foreach (var (path, name, value) in crossOrigin)
                {
                    var request = file.Context.Request.Path.Value ?? "";
                    if (path.EndsWith('*') ? request.StartsWith(path[..^1], StringComparison.Ordinal) : request == path)
                    {
                        file.Context.Response.Headers[name] = value;
                    }
                }
            },
        });
        app.Run(async context =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            context.Response.ContentType = "text/html; charset=utf-8";
            await context.Response.SendFileAsync(files.GetFileInfo("404.html"));
        });
        await app.StartAsync();
        var address = app.Urls.Single();
        return new StaticServer(app, new Uri(address.TrimEnd('/') + "/"));
    }

    /// <summary>
    /// The Access-Control-* rules of the site's _headers (Netlify syntax: a path line, then indented
    /// "Name: value" lines), served as Netlify and Cloudflare Pages would, so cross-origin use is tested
    /// against the file the build writes. Other headers there are left to the host tests.
    /// </summary>
    private static List<(string Path, string Name, string Value)> CrossOriginRules(string file)
    {
        var rules = new List<(string, string, string)>();
        var path = "";
        foreach (var line in File.Exists(file) ? File.ReadAllLines(file) : [])
        {
            if (line.StartsWith('/'))
            {
                path = line.Trim();
            }
            else if (line.StartsWith(' ') && line.IndexOf(':', StringComparison.Ordinal) is > 0 and var colon && line.Trim().StartsWith("Access-Control-", StringComparison.OrdinalIgnoreCase))
            {
                rules.Add((path, line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }

        return rules;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
