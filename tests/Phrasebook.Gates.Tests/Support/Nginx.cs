using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Phrasebook.Gates.Tests.Support;

/// <summary>
/// Debian's nginx serving a folder on a free loopback port, with a config this class writes (temp, pid and log
/// paths in a temp folder), started as a child process in the foreground and stopped on dispose.
/// </summary>
internal sealed class Nginx : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _dir;

    private Nginx(Process process, string dir, Uri address)
    {
        _process = process;
        _dir = dir;
        Address = address;
    }

    /// <summary>Where the site's root is served, ending in '/'.</summary>
    public Uri Address { get; }

    /// <summary>Serves <paramref name="output"/> at <paramref name="linkRoot"/> ("/" or a sub-path like "/help/").</summary>
    public static async Task<Nginx> StartAsync(string output, string linkRoot)
    {
        var dir = Directory.CreateTempSubdirectory("phrasebook-nginx-").FullName;
        var port = FreePort();
        var site = linkRoot == "/"
            ? $"root {output}; error_page 404 /404.html; location / {{ }}"
            : $"error_page 404 {linkRoot}404.html; location {linkRoot} {{ alias {output.TrimEnd('/')}/; }}";
        var user = Environment.UserName == "root" ? "user root;" : "";
        var conf = Path.Combine(dir, "nginx.conf");
        await File.WriteAllTextAsync(conf, $$"""
            {{user}}
            worker_processes 1;
            pid {{dir}}/nginx.pid;
            error_log {{dir}}/error.log warn;
            events { worker_connections 64; }
            http {
              include /etc/nginx/mime.types;
              default_type application/octet-stream;
              access_log off;
              client_body_temp_path {{dir}}/body;
              proxy_temp_path {{dir}}/proxy;
              fastcgi_temp_path {{dir}}/fastcgi;
              uwsgi_temp_path {{dir}}/uwsgi;
              scgi_temp_path {{dir}}/scgi;
              server {
                listen 127.0.0.1:{{port}};
                # linkchecker throttles every host to ~3 requests a second unless the server answers with this header
                # (linkcheckerrc(5), maxrequestspersecond): without it the sample's crawl takes over 4 minutes.
                add_header LinkChecker phrasebook-gate always;
                {{site}}
              }
            }
            """);
        // Debian puts nginx in /usr/sbin, which is not on every user's PATH.
        var info = new ProcessStartInfo(File.Exists("/usr/sbin/nginx") ? "/usr/sbin/nginx" : "nginx") { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var a in new[] { "-p", dir, "-c", conf, "-g", "daemon off;" })
        {
            info.ArgumentList.Add(a);
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException("nginx did not start");
        var address = new Uri($"http://127.0.0.1:{port}{linkRoot}");
        using var http = new HttpClient();
        for (var i = 0; ; i++)
        {
            try
            {
                using var response = await http.GetAsync(address);
                return new Nginx(process, dir, address);
            }
            catch (HttpRequestException) when (i < 50 && !process.HasExited)
            {
                await Task.Delay(100);
            }
            catch (HttpRequestException e)
            {
                var log = process.HasExited ? await process.StandardError.ReadToEndAsync() : "";
                throw new InvalidOperationException("nginx did not answer: " + log, e);
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        Directory.Delete(_dir, recursive: true);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
