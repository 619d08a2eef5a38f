using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Phrasebook.Preview;

namespace Phrasebook.Tests.Preview;

/// <summary>A preview of a throw-away copy of the sample site, on a free loopback port, with an HTTP client.</summary>
internal sealed class PreviewSession : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private PreviewSession(TempSite site, PreviewHost host)
    {
        Site = site;
        Host = host;
        Http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Address, Timeout = TimeSpan.FromSeconds(30) };
        _loop = host.RunAsync(_stop.Token);
    }

    public TempSite Site { get; }

    public PreviewHost Host { get; }

    public HttpClient Http { get; }

    public static async Task<PreviewSession> StartAsync(Action<TempSite>? prepare = null)
    {
        var site = Repo.CopySample("phrasebook-preview-");
        prepare?.Invoke(site);
        var (host, _) = await PreviewHost.StartAsync(new PreviewOptions { Root = site.Root, Port = 0, MaxParallelism = 2 }, CancellationToken.None);
        return new PreviewSession(site, host);
    }

    public Task<string> GetAsync(string path) => Http.GetStringAsync(path);

    /// <summary>Subscribes to the reload channel; the first event (the current state) is already read.</summary>
    public async Task<EventStream> EventsAsync(string linkRoot = "/")
    {
        var response = await Http.GetAsync($"{linkRoot}_phrasebook/events", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        var events = new EventStream(response, await response.Content.ReadAsStreamAsync());
        var (name, _) = await events.NextAsync();
        Assert.Equal("state", name);
        return events;
    }

    /// <summary>The status line's code for a request target sent byte for byte (HttpClient would normalise it).</summary>
    /// <param name="host">The Host header to send; null sends none.</param>
    public async Task<int> RawStatusAsync(string target, string? host = "")
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(Host.Address.Host, Host.Address.Port);
        var stream = tcp.GetStream();
        var hostLine = host is null ? "" : $"Host: {(host.Length > 0 ? host : Host.Address.Authority)}\r\n";
        await stream.WriteAsync(Encoding.ASCII.GetBytes($"GET {target} HTTP/1.1\r\n{hostLine}Connection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.ASCII);
        var status = await reader.ReadLineAsync() ?? "";
        return int.Parse(status.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture);
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _loop;
        await Host.DisposeAsync();
        Http.Dispose();
        Site.Dispose();
        _stop.Dispose();
    }
}

/// <summary>Reads server-sent events: "event: name" and one "data: json" line, ended by a blank line.</summary>
internal sealed class EventStream(HttpResponseMessage response, Stream stream) : IDisposable
{
    private readonly StreamReader _reader = new(stream);

    public async Task<(string Name, JsonElement Data)> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(30));
        string? name = null;
        string? data = null;
        while (true)
        {
            var line = await _reader.ReadLineAsync(cts.Token) ?? throw new EndOfStreamException("The event stream ended.");
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data = line["data: ".Length..];
            }
            else if (line.Length == 0 && name is not null && data is not null)
            {
                return (name, JsonDocument.Parse(data).RootElement.Clone());
            }
        }
    }

    /// <summary>Skips events until one named <paramref name="name"/> arrives.</summary>
    public async Task<JsonElement> NextAsync(string name, TimeSpan? timeout = null)
    {
        while (true)
        {
            var (n, data) = await NextAsync(timeout);
            if (n == name)
            {
                return data;
            }
        }
    }

    public void Dispose()
    {
        _reader.Dispose();
        response.Dispose();
    }
}
