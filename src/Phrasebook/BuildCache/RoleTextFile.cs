using System.IO.Hashing;
using System.Text;
using Phrasebook.Views;

namespace Phrasebook.BuildCache;

/// <summary>
/// The role texts of the last build (<c>.phrasebook/cache/texts.bin</c>, beside <see cref="BuildStateFile"/>): each
/// as HTML, with the terms it links to. A build that writes the cache records every role text it renders into a new
/// file, which replaces the old one when the build succeeds; an incremental build or check finds in it the texts of
/// the terms it did not edit, and renders only the others.
/// </summary>
/// <remarks>
/// <para>
/// The file belongs to one state file: its stamp is that build's <see cref="BuildState.ScannedAt"/>, and a file of
/// any other build is not read (a build stopped between writing the two). A text is used only while nothing it was
/// made from changed: its Markdown is in its key, and a text that links to an edited term (whose summary is the
/// link's tooltip) is dropped when the file is read. Everything else a role text depends on (the terms' names and
/// words, the settings, the theme, the tool) makes a cold build when it changes, and a cold build reads no texts.
/// </para>
/// <para>
/// Layout: the texts' UTF-8 one after the other as they were made, then the index (key, terms linked, where the
/// text is and its hash), then where the index starts and the index's hash. Only the index is read whole; a text's
/// bytes are read, and checked against their hash, when it is found. At 10,000 terms the file is about 90 MB: read
/// as one array, it started a full collection of the check that read it; mapped, the pages an incremental build copied
/// raised its peak by 100 MB.
/// </para>
/// </remarks>
public sealed partial class RoleTextFile : IRoleTextStore, IDisposable
{
    public const string FileName = "texts.bin";

    // Bump when the layout changes: a file of another format is not read.
    private const int Format = 2;
    private static readonly byte[] Magic = "PBTEXTS\n"u8.ToArray();
    private static readonly int HeaderLength = Magic.Length + sizeof(int) + sizeof(long);
    private const int FooterLength = sizeof(long) + 16;

    private readonly FileStream? _old;
    private readonly Dictionary<(string Lang, string Role, string Term), Entry> _found;
    private readonly string? _path;
    private readonly string? _temp;
    private readonly FileStream? _stream;
    private readonly Dictionary<(string Lang, string Role, string Term), Entry> _added = [];
    private readonly Lock _lock = new();
    private long _written;
    private bool _saved;

    private RoleTextFile(FileStream? old, Dictionary<(string, string, string), Entry> found, string? path, long stamp)
    {
        (_old, _found, _path) = (old, found, path);
        if (path is null)
        {
            return;
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        _temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        _stream = new FileStream(_temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16);
        using var header = new BinaryWriter(_stream, Encoding.UTF8, leaveOpen: true);
        header.Write(Magic);
        header.Write(Format);
        header.Write(stamp);
        _written = HeaderLength;
    }

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, FileName);

    /// <summary>For a cold build: no texts to find; every text made is recorded for a file stamped <paramref name="stamp"/>.</summary>
    public static RoleTextFile Record(string cacheFolder, long stamp) => new(null, [], PathIn(cacheFolder), stamp);

    /// <summary>
    /// For an incremental build or check: the texts of the file the last build left (stamped <paramref name="last"/>, its
    /// <see cref="BuildState.ScannedAt"/>), without those linking to a term of <paramref name="editedTerms"/>. When
    /// <paramref name="stamp"/> is given, the texts made are recorded for a new file with that stamp (<see cref="Save"/>);
    /// a check records nothing.
    /// </summary>
    public static RoleTextFile Read(string cacheFolder, long last, IReadOnlySet<string> editedTerms, long? stamp)
    {
        var path = PathIn(cacheFolder);
        var old = Open(path);
        var found = old is null ? null : Index(old, last, editedTerms);
        if (found is null)
        {
            old?.Dispose();
        }

        return new RoleTextFile(found is null ? null : old, found ?? [], stamp is null ? null : path, stamp ?? 0);
    }

    /// <summary>How many texts of the last build can be used (for tests).</summary>
    internal int Found => _found.Count;

    public string? Find(RoleTextKey key)
    {
        if (_old is null || !_found.TryGetValue((key.Lang, key.Role, key.Term), out var entry) || entry.Source != key.Source)
        {
            return null;
        }

        var bytes = System.Buffers.ArrayPool<byte>.Shared.Rent(entry.Length);
        try
        {
            var text = bytes.AsSpan(0, entry.Length);
            if (RandomAccess.Read(_old.SafeFileHandle, text, entry.At) != entry.Length)
            {
                return null;
            }

            // A damaged file renders the text again rather than publishing a broken one.
            return XxHash64.HashToUInt64(text) == entry.Hash ? Encoding.UTF8.GetString(text) : null;
        }
        finally
        {
            System.Buffers.ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    public void Add(RoleTextKey key, string html, IReadOnlyCollection<string> linked)
    {
        if (_stream is null)
        {
            return;
        }

        var bytes = Encoding.UTF8.GetBytes(html);
        var hash = XxHash64.HashToUInt64(bytes);
        lock (_lock)
        {
            if (!_added.TryAdd((key.Lang, key.Role, key.Term), new Entry(key.Source, [.. linked], _written, bytes.Length, hash)))
            {
                return;
            }

            _stream.Write(bytes);
            _written += bytes.Length;
        }
    }

    /// <summary>
    /// Makes the recorded texts, and the last build's texts this build neither dropped nor made again, the cache's file.
    /// Called when the build succeeded, before its state is written.
    /// </summary>
    public void Save()
    {
        if (_stream is null)
        {
            return;
        }

        lock (_lock)
        {
            var entries = new List<((string Lang, string Role, string Term) Key, Entry Entry)>(_found.Count + _added.Count);
            entries.AddRange(_added.Select(p => (p.Key, p.Value)));
            // In the order they lie in the last file, read in runs of neighbours: most of it is carried over.
            var carried = _old is null ? [] : _found.Where(p => !_added.ContainsKey(p.Key)).OrderBy(p => p.Value.At).ToList();
            var buffer = new byte[1 << 20];
            var (runFrom, runLength) = (0L, 0);
            foreach (var (key, entry) in carried)
            {
                if (runLength > 0 && (entry.At != runFrom + runLength || runLength + entry.Length > buffer.Length))
                {
                    Copy(runFrom, buffer.AsSpan(0, runLength));
                    runLength = 0;
                }

                if (entry.Length > buffer.Length)
                {
                    entries.Add((key, entry with { At = _written }));
                    Copy(entry.At, new byte[entry.Length]);
                    continue;
                }

                runFrom = runLength == 0 ? entry.At : runFrom;
                entries.Add((key, entry with { At = _written + runLength }));
                runLength += entry.Length;
            }

            if (runLength > 0)
            {
                Copy(runFrom, buffer.AsSpan(0, runLength));
            }

            WriteIndex(entries);
            _stream.Dispose();
            _old?.Dispose();
            File.Move(_temp!, _path!, overwrite: true);
            _saved = true;
        }
    }

    /// <summary>Writes the bytes at <paramref name="from"/> of the last file next into the new one.</summary>
    private void Copy(long from, Span<byte> bytes)
    {
        if (RandomAccess.Read(_old!.SafeFileHandle, bytes, from) != bytes.Length)
        {
            throw new IOException($"{_path} was cut short while it was read.");
        }

        _stream!.Write(bytes);
        _written += bytes.Length;
    }

    /// <summary>Lets the last build's file go, and removes the texts recorded by a build that did not succeed.</summary>
    public void Dispose()
    {
        _old?.Dispose();
        if (_saved)
        {
            return;
        }

        _stream?.Dispose();
        if (_temp is not null && File.Exists(_temp))
        {
            File.Delete(_temp);
        }
    }

    /// <param name="At">Where the text's UTF-8 starts in the file.</param>
    /// <param name="Hash">XxHash64 of the text's UTF-8.</param>
    private readonly record struct Entry(UInt128 Source, string[] Linked, long At, int Length, ulong Hash);
}
