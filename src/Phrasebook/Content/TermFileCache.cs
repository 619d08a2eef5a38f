using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Phrasebook.Content.Files;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content;

/// <summary>
/// Term files as they were last read, keyed by path and content hash, with the diagnostics reading
/// them gave: a host that loads the content again and again (the preview) re-reads only what changed.
/// A file whose size and write time are unchanged is not even opened. Thread-safe.
/// </summary>
public sealed class TermFileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>Files read (not served from the cache) by the last <see cref="ContentLoader.Load"/>.</summary>
    public int Misses => _misses;

    private int _misses;

    /// <summary>The terms of a file (and its diagnostics, into <paramref name="diagnostics"/>), read with <paramref name="read"/> only when the file changed.</summary>
    internal ImmutableArray<Term> GetOrRead(string root, string path, string industry, ImmutableArray<string> languages, int lixThreshold, DiagnosticBag diagnostics, Func<DiagnosticBag, ImmutableArray<Term>> read)
    {
        var key = $"{industry}|{string.Join(',', languages)}|{lixThreshold}";
        var info = new FileInfo(Path.Combine(root, path));
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);
        if (_entries.TryGetValue(path, out var hit) && hit.Key == key && hit.Stamp == stamp)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Terms;
        }

        // A file that may not be read (a link out of the site, a FIFO) is never opened here; the read reports it.
        var hash = info.Exists && SiteFiles.Problem(root, info.FullName) is null ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(info.FullName))) : "";
        if (hit is not null && hit.Hash == hash && hit.Key == key)
        {
            _entries[path] = hit with { Stamp = stamp };
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Terms;
        }

        Interlocked.Increment(ref _misses);
        var own = new DiagnosticBag();
        var terms = read(own);
        var found = own.ToSortedList();
        _entries[path] = new Entry(stamp, hash, key, terms, found);
        diagnostics.AddRange(found);
        return terms;
    }

    internal void BeginLoad(IEnumerable<string> paths)
    {
        _misses = 0;
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !keep.Contains(k)))
        {
            _entries.TryRemove(gone, out _);
        }
    }

    private sealed record Entry((long Length, long Ticks) Stamp, string Hash, string Key, ImmutableArray<Term> Terms, IReadOnlyList<Diagnostic> Diagnostics);
}
