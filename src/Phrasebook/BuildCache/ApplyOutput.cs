using System.Buffers;
using Microsoft.Win32.SafeHandles;

namespace Phrasebook.BuildCache;

/// <summary>
/// Puts the files of an incremental build, rendered into a staging folder beside the output, into the output:
/// each changed file is renamed over the old one (a reader sees the old page or the new one, never half of one);
/// a file that came out the same is left as it was, time stamp included. A journal in the cache folder marks the
/// replacing: a build stopped half way leaves it, and the next build, finding it, is cold.
/// </summary>
public static class ApplyOutput
{
    public const string JournalName = "apply.journal";

    public static string JournalIn(string cacheFolder) => Path.Combine(cacheFolder, JournalName);

    /// <summary>Replaces the files; returns the paths (relative, '/'-separated) that changed.</summary>
    public static List<string> Apply(string staging, string output, string cacheFolder)
    {
        Directory.CreateDirectory(cacheFolder);
        File.WriteAllText(JournalIn(cacheFolder), output);
        var changed = new List<string>();
        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var file in Directory.EnumerateFiles(staging, "*", options).Order(StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(staging, file).Replace('\\', '/');
            var target = Path.Combine(output, relative);
            if (Same(file, target))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
            changed.Add(relative);
        }

        Directory.Delete(staging, recursive: true);
        return changed;
    }

    /// <summary>The replacing is over and the cache describes the output again.</summary>
    public static void Done(string cacheFolder) => File.Delete(JournalIn(cacheFolder));

    private static bool Same(string a, string b)
    {
        var target = new FileInfo(b);
        if (!target.Exists || target.LinkTarget is not null || target.Length != new FileInfo(a).Length)
        {
            return false;
        }

        // In pieces: the files compared after a term edit include 13.5 MB role phrasebooks and a 45 MB text index,
        // and reading each whole put hundreds of megabytes on the large object heap, a full collection every few.
        const int Piece = 1 << 16;
        var buffers = ArrayPool<byte>.Shared.Rent(2 * Piece);
        try
        {
            using var left = File.OpenHandle(a, options: FileOptions.SequentialScan);
            using var right = File.OpenHandle(b, options: FileOptions.SequentialScan);
            var length = target.Length;
            for (long at = 0; at < length; at += Piece)
            {
                var size = (int)Math.Min(Piece, length - at);
                var mine = buffers.AsSpan(0, size);
                var theirs = buffers.AsSpan(Piece, size);
                if (!Fill(left, mine, at) || !Fill(right, theirs, at) || !mine.SequenceEqual(theirs))
                {
                    return false;
                }
            }

            return true;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffers);
        }
    }

    /// <summary>Reads <paramref name="into"/>'s length from <paramref name="at"/>; false when the file ends first (it changed since its length was read).</summary>
    private static bool Fill(SafeFileHandle file, Span<byte> into, long at)
    {
        while (!into.IsEmpty)
        {
            var read = RandomAccess.Read(file, into, at);
            if (read == 0)
            {
                return false;
            }

            into = into[read..];
            at += read;
        }

        return true;
    }
}
