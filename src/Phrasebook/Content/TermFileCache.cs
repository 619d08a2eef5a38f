using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using Phrasebook.Content.Files;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content;

/// <summary>
/// Term files as they were last read, keyed by path and content hash, with the diagnostics reading
/// them gave: a host that loads the content again and again (the preview) re-reads only what changed.
/// A file whose size and write time are unchanged is not even opened; after <see cref="Trust"/>, a file the
/// watcher did not name is not even looked at (see there). Thread-safe.
/// </summary>
public sealed class TermFileCache
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private Listing? _scan;
    private IReadOnlySet<string>? _changed;

    /// <summary>Files read (not served from the cache) by the last <see cref="ContentLoader.Load"/>.</summary>
    public int Misses => _misses;

    /// <summary>Files whose size and write time the last load looked at (0 when it trusted a watcher for every file).</summary>
    public int Checked => _checked;

    /// <summary>Whether the last load listed input/ again (false: it kept the last listing, see <see cref="Trust"/>).</summary>
    public bool Scanned { get; private set; }

    private int _misses;
    private int _checked;

    /// <summary>
    /// The next load only (then it is forgotten): only <paramref name="changed"/> (paths relative to the root, as a file
    /// watcher reported them since the last load through this cache) can differ from what the last load saw. Those files
    /// are read again when their bytes changed; the others are taken as the last load left them without a system call,
    /// and the listing of input/ is kept when no path named is new, gone or anything but a term file (a folder made or
    /// moved can hold files the watcher never named). Files read through a symbolic link are checked always: their
    /// target may change without a word about the link. A host must not call this when the watcher may have missed
    /// something (its buffer overflowed): the load then checks every file.
    /// </summary>
    public void Trust(IReadOnlySet<string> changed) => _changed = changed;

    /// <summary>The terms of a file (and its diagnostics, into <paramref name="diagnostics"/>), read with <paramref name="read"/> only when the file changed.</summary>
    internal ImmutableArray<Term> GetOrRead(string root, string path, string industry, ImmutableArray<string> languages, int lixThreshold, DiagnosticBag diagnostics, Func<DiagnosticBag, ImmutableArray<Term>> read)
    {
        var key = $"{industry}|{string.Join(',', languages)}|{lixThreshold}";
        _entries.TryGetValue(path, out var hit);
        if (hit is not null && hit.Key == key && !hit.Linked && _changed is { } changed && !changed.Contains(path))
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Terms;
        }

        Interlocked.Increment(ref _checked);
        var info = new FileInfo(Path.Combine(root, path));
        var stamp = info.Exists ? (info.Length, info.LastWriteTimeUtc.Ticks) : (-1, 0);

        // A file the watcher named is hashed even with the same stamp: written twice within the clock's resolution, it keeps its size and time.
        if (hit is not null && hit.Key == key && hit.Stamp == stamp && !hit.Linked && _changed?.Contains(path) != true)
        {
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Terms;
        }

        // A file that may not be read (a link out of the site, a FIFO) is never opened here; the read reports it.
        var hash = info.Exists && SiteFiles.Problem(root, info.FullName) is null ? Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(info.FullName))) : "";
        var linked = info.LinkTarget is not null;
        if (hit is not null && hit.Hash == hash && hit.Key == key)
        {
            _entries[path] = hit with { Stamp = stamp, Linked = linked };
            diagnostics.AddRange(hit.Diagnostics);
            return hit.Terms;
        }

        Interlocked.Increment(ref _misses);
        var own = new DiagnosticBag();
        var terms = read(own);
        var found = own.ToSortedList();
        _entries[path] = new Entry(stamp, hash, key, terms, found, linked);
        diagnostics.AddRange(found);
        return terms;
    }

    /// <summary>The files of input/: the last load's listing when <see cref="Trust"/> allows it, else a new one.</summary>
    internal InputFiles Scan(string root, string input, ImmutableArray<string> languages, DiagnosticBag diagnostics)
    {
        if (_changed is { } changed && _scan is { } last && !last.Linked && last.Languages.SequenceEqual(languages)
            && changed.All(p => KnownTermFile(last, root, p) || GoneStranger(last, root, p)))
        {
            Scanned = false;
            diagnostics.AddRange(last.Diagnostics);
            return last.Files;
        }

        Scanned = true;
        var own = new DiagnosticBag();
        var files = InputFiles.Scan(root, input, languages, own);
        var found = own.ToSortedList();
        // A listing with errors is made again: those name what the watcher may not (an unreadable folder).
        _scan = found.Any(d => d.IsError) ? null : new Listing(files, languages, files.TermFiles.Select(f => f.Path).ToFrozenSet(StringComparer.Ordinal), found, HasLinkedFolder(root, input));
        diagnostics.AddRange(found);
        return files;
    }

    internal void BeginLoad(IEnumerable<string> paths)
    {
        _misses = 0;
        _checked = 0;
        var keep = paths.ToHashSet(StringComparer.Ordinal);
        foreach (var gone in _entries.Keys.Where(k => !keep.Contains(k)))
        {
            _entries.TryRemove(gone, out _);
        }
    }

    /// <summary>Ends a load: what <see cref="Trust"/> said held for it alone.</summary>
    internal void EndLoad() => _changed = null;

    /// <summary>A term file of the last listing that is still a regular file (not a link, not a folder).</summary>
    private static bool KnownTermFile(Listing last, string root, string path) =>
        Plain(path) && last.TermFiles.Contains(path) && new FileInfo(Path.Combine(root, path)) is { Exists: true, LinkTarget: null };

    /// <summary>
    /// A path that is gone and was neither a term file nor a folder holding one in the last listing: an editor's
    /// temporary file, saved and renamed over a term file.
    /// </summary>
    private static bool GoneStranger(Listing last, string root, string path)
    {
        if (!Plain(path) || last.TermFiles.Contains(path))
        {
            return false;
        }

        var full = Path.Combine(root, path);
        if (File.Exists(full) || Directory.Exists(full) || new FileInfo(full).LinkTarget is not null)
        {
            return false;
        }

        var folder = path + "/";
        return !last.Files.TermFiles.Any(f => f.Path.StartsWith(folder, StringComparison.Ordinal));
    }

    /// <summary>A path the watcher could give for a file inside input/: no empty, "." or ".." segment, no backslash.</summary>
    private static bool Plain(string path) =>
        path.StartsWith($"{ContentLoader.InputFolder}/", StringComparison.Ordinal) && !path.Contains('\\')
        && path.Split('/').All(s => s.Length > 0 && s != "." && s != "..");

    /// <summary>Whether input/, its industries/ or an industry's folder is a symbolic link: a watcher does not follow those.</summary>
    private static bool HasLinkedFolder(string root, string input) =>
        new DirectoryInfo(input).LinkTarget is not null
        || (Path.Combine(input, "industries") is var industries && Directory.Exists(industries)
            && (new DirectoryInfo(industries).LinkTarget is not null || Directory.GetDirectories(industries).Any(d => new DirectoryInfo(d).LinkTarget is not null)))
        || new DirectoryInfo(root).LinkTarget is not null;

    /// <summary>A listing of input/ and what it was made with; <paramref name="Linked"/>: see <see cref="HasLinkedFolder"/>.</summary>
    private sealed record Listing(InputFiles Files, ImmutableArray<string> Languages, FrozenSet<string> TermFiles, IReadOnlyList<Diagnostic> Diagnostics, bool Linked);

    private sealed record Entry((long Length, long Ticks) Stamp, string Hash, string Key, ImmutableArray<Term> Terms, IReadOnlyList<Diagnostic> Diagnostics, bool Linked);
}
