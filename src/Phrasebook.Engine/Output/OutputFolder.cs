using System.Buffers;
using System.Collections.Concurrent;
using Microsoft.Win32.SafeHandles;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Output;

/// <summary>
/// The folder a build writes into, and the record of what it wrote. The folder may hold an earlier
/// site (see <see cref="StagedOutput"/>): files are overwritten in place, a file or folder that is in
/// the way of a new path is removed, and <see cref="RemoveUnwritten"/> deletes what this build did not
/// write.
/// </summary>
public sealed class OutputFolder
{
    private readonly ConcurrentDictionary<string, byte> _written = new(StringComparer.Ordinal);

    // Folders this build has made sure of: asking the file system again for every page's folder
    // was a mkdir call per file (most pages share their folder's parents).
    private readonly ConcurrentDictionary<string, byte> _folders = new(StringComparer.Ordinal);

    private EarlierFiles? _earlier;

    public OutputFolder(string path)
    {
        Path = System.IO.Path.GetFullPath(path).TrimEnd(System.IO.Path.DirectorySeparatorChar);
    }

    public string Path { get; }

    /// <summary>How many files this build wrote.</summary>
    public int Count => _written.Count;

    public void Write(Document doc) => Write(doc.Destination, [doc.Bytes]);

    /// <summary>Writes a file given in pieces, as a big output was built, without joining them into one array.</summary>
    public void Write(string destination, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(Path, destination));
        if (!path.StartsWith(Path + System.IO.Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{destination}' outside the output folder.");
        }

        CreateFolder(System.IO.Path.GetDirectoryName(path)!);
        using (var handle = Open(path))
        {
            Replace(handle, pieces);
        }

        _written.TryAdd(path[(Path.Length + 1)..], 0);
    }

    /// <summary>
    /// Makes the file hold <paramref name="pieces"/>, one after the other. A reused folder's file that already holds them is
    /// left alone (its time stamp too, which rsync and HTTP caches go by); any other is overwritten in
    /// place and cut only where the old one was longer. Truncating every file to zero first, as
    /// FileMode.Create does, made a rebuild into a reused folder slower than into an empty one: ext4
    /// frees (and, mounted with discard, discards) every block, then allocates them again.
    /// </summary>
    private static void Replace(SafeFileHandle handle, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var length = RandomAccess.GetLength(handle);
        var total = 0L;
        foreach (var piece in pieces)
        {
            total += piece.Length;
        }

        if (length == total && Holds(handle, pieces))
        {
            return;
        }

        // One write call, no FileStream buffer: tens of thousands of pages are written per build.
        RandomAccess.Write(handle, pieces, 0);
        if (length > total)
        {
            RandomAccess.SetLength(handle, total);
        }
    }

    private static bool Holds(SafeFileHandle handle, IReadOnlyList<ReadOnlyMemory<byte>> pieces)
    {
        var at = 0L;
        foreach (var piece in pieces)
        {
            if (!Holds(handle, piece.Span, at))
            {
                return false;
            }

            at += piece.Length;
        }

        return true;
    }

    private static bool Holds(SafeFileHandle handle, ReadOnlySpan<byte> bytes, long at)
    {
        if (bytes.Length == 0)
        {
            return true;
        }

        var buffer = ArrayPool<byte>.Shared.Rent(Math.Min(bytes.Length, 1 << 20));
        try
        {
            for (var offset = 0; offset < bytes.Length;)
            {
                var read = RandomAccess.Read(handle, buffer.AsSpan(0, Math.Min(buffer.Length, bytes.Length - offset)), at + offset);
                if (read == 0 || !buffer.AsSpan(0, read).SequenceEqual(bytes.Slice(offset, read)))
                {
                    return false;
                }

                offset += read;
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Starts listing what the folder holds now, before this build writes, for <see cref="RemoveUnwritten"/>.
    /// A folder reused from an earlier build calls this first thing.
    /// </summary>
    public void ListEarlierFiles() => _earlier ??= EarlierFiles.StartListing(Path);

    /// <summary>Deletes every file and folder under the folder that this build did not write.</summary>
    public void RemoveUnwritten() => (_earlier ?? EarlierFiles.StartListing(Path)).RemoveAllBut(_written.Keys);

    private void CreateFolder(string folder)
    {
        if (_folders.ContainsKey(folder))
        {
            return;
        }

        MakeFolder(folder);
        _folders.TryAdd(folder, 0);
    }

    private void MakeFolder(string folder)
    {
        try
        {
            Directory.CreateDirectory(folder);
        }
        catch (IOException)
        {
            // An earlier site had a file where this one has a folder ("x" then, "x/index.html" now).
            for (var at = folder; at.Length > Path.Length; at = System.IO.Path.GetDirectoryName(at)!)
            {
                if (File.Exists(at))
                {
                    File.Delete(at);
                    break;
                }
            }

            Directory.CreateDirectory(folder);
        }
    }

    private static SafeFileHandle Open(string path)
    {
        try
        {
            return File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException && Directory.Exists(path))
        {
            // An earlier site had a folder where this one has a file.
            Directory.Delete(path, recursive: true);
            return File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite);
        }
    }
}
