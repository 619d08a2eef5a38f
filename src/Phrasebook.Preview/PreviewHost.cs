using Phrasebook.Preview.Rebuilding;
using Phrasebook.Preview.Server;
using Phrasebook.Preview.Watching;

namespace Phrasebook.Preview;

/// <summary>
/// The preview: build once, serve, then watch → rebuild → tell the open pages, until cancelled.
/// Content errors never stop it; the last good build stays served and the pages show the errors.
/// </summary>
public sealed class PreviewHost : IAsyncDisposable
{
    private readonly SiteRebuilder _rebuilder;
    private readonly SiteWatcher _watcher;
    private readonly ReloadChannel _events = new();
    private PreviewServer? _server;

    private PreviewHost(PreviewOptions options)
    {
        _rebuilder = new SiteRebuilder(options.Root, options.MaxParallelism);
        // Watch before the first build, so a save during it is not lost.
        _watcher = new SiteWatcher(options.Root);
    }

    /// <summary>Raised after every rebuild (the first one included), from the rebuild loop.</summary>
    public event Action<RebuildOutcome>? Rebuilt;

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The preview has not started.");

    public SiteSnapshot Current => _rebuilder.Current;

    /// <summary>Builds the site once and starts serving it. The first outcome is returned, not raised.</summary>
    public static async Task<(PreviewHost Host, RebuildOutcome First)> StartAsync(PreviewOptions options, CancellationToken token)
    {
        var host = new PreviewHost(options);
        try
        {
            var first = await host._rebuilder.RebuildAsync([], token);
            host._server = await PreviewServer.StartAsync(options.Address, options.Port, () => host._rebuilder.Current, host._events, token);
            return (host, first);
        }
        catch
        {
            await host.DisposeAsync();
            throw;
        }
    }

    /// <summary>Rebuilds on every batch of changes until <paramref name="token"/> is cancelled.</summary>
    public async Task RunAsync(CancellationToken token)
    {
        try
        {
            while (true)
            {
                var batch = await _watcher.NextBatchAsync(token);
                Publish(await _rebuilder.RebuildAsync(batch, token, Publish));
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
        }
    }

    private void Publish(RebuildOutcome outcome)
    {
        if (outcome.Succeeded)
        {
            _events.Publish("reload", ClientScript.ReloadJson(outcome));
        }
        else
        {
            _events.Publish("errors", ClientScript.ErrorsJson(outcome));
        }

        Rebuilt?.Invoke(outcome);
    }

    public async ValueTask DisposeAsync()
    {
        _watcher.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}
