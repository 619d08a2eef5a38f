using System.Threading.Channels;
using Phrasebook.Content;
using Phrasebook.Content.Reading;
using Phrasebook.Permalinks;

namespace Phrasebook.Preview.Watching;

/// <summary>
/// Watches what a build reads (input/, themes/, statiq.json, permalinks.txt) and hands out the changed paths in batches:
/// an editor's save is often several events (write, rename, attributes), and a "save all" is many files.
/// </summary>
public sealed class SiteWatcher : IDisposable
{
    /// <summary>A batch ends once no change came for this long ...</summary>
    public static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(25);

    /// <summary>... or when it has waited this long, so a steady stream of changes still gets previewed.</summary>
    public static readonly TimeSpan MaxWait = TimeSpan.FromMilliseconds(400);

    /// <summary>Stands for "something changed, but the system could not say what" (the watcher's buffer overflowed).</summary>
    public const string Unknown = "*";

    private readonly string _root;
    private readonly List<FileSystemWatcher> _watchers = [];
    private readonly Channel<string> _changes = Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    public SiteWatcher(string root)
    {
        _root = Path.GetFullPath(root);
        Watch(_root, SettingsReader.FileName, recursive: false);
        Watch(_root, PermalinkFile.FileName, recursive: false);
        Watch(Path.Combine(_root, ContentLoader.InputFolder), "*", recursive: true);
        Watch(Path.Combine(_root, "themes"), "*", recursive: true);
    }

    /// <summary>Waits for a change, then collects the burst it belongs to; paths are relative to the root, '/'-separated.</summary>
    public async Task<IReadOnlySet<string>> NextBatchAsync(CancellationToken token)
    {
        var batch = new SortedSet<string>(StringComparer.Ordinal) { await _changes.Reader.ReadAsync(token) };
        var deadline = DateTime.UtcNow + MaxWait;
        while (DateTime.UtcNow < deadline)
        {
            using var quiet = CancellationTokenSource.CreateLinkedTokenSource(token);
            quiet.CancelAfter(Quiet);
            try
            {
                batch.Add(await _changes.Reader.ReadAsync(quiet.Token));
            }
            catch (OperationCanceledException) when (!token.IsCancellationRequested)
            {
                break;
            }
        }

        while (_changes.Reader.TryRead(out var more))
        {
            batch.Add(more);
        }

        return batch;
    }

    public void Dispose()
    {
        foreach (var w in _watchers)
        {
            w.Dispose();
        }
    }

    private void Watch(string folder, string filter, bool recursive)
    {
        if (!Directory.Exists(folder))
        {
            return;
        }

        var watcher = new FileSystemWatcher(folder, filter)
        {
            IncludeSubdirectories = recursive,
            NotifyFilter = NotifyFilters.FileName | NotifyFilters.DirectoryName | NotifyFilters.LastWrite | NotifyFilters.Size,
            InternalBufferSize = 64 * 1024,
        };
        watcher.Changed += (_, e) => Report(e.FullPath);
        watcher.Created += (_, e) => Report(e.FullPath);
        watcher.Deleted += (_, e) => Report(e.FullPath);
        watcher.Renamed += (_, e) =>
        {
            Report(e.OldFullPath);
            Report(e.FullPath);
        };
        watcher.Error += (_, _) => _changes.Writer.TryWrite(Unknown);
        watcher.EnableRaisingEvents = true;
        _watchers.Add(watcher);
    }

    private void Report(string fullPath)
    {
        var relative = Path.GetRelativePath(_root, fullPath).Replace('\\', '/');
        var name = Path.GetFileName(relative);
        // Editors' swap, lock and backup files (.x.swp, .#x, x~) are not content; the rename that follows a save is.
        if (name.StartsWith(".#", StringComparison.Ordinal) || name.EndsWith('~') || name.EndsWith(".swp", StringComparison.Ordinal) || name.EndsWith(".swx", StringComparison.Ordinal))
        {
            return;
        }

        _changes.Writer.TryWrite(relative);
    }
}
