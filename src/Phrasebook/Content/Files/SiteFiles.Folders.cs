using System.Collections.Concurrent;
using System.Runtime.InteropServices;

namespace Phrasebook.Content.Files;

public static partial class SiteFiles
{
    /// <summary>
    /// The real paths of the folders files are read from, resolved once for one read of the content: at
    /// 10,000 term files, resolving every file's whole path again (realpath(3) reads each of its folders'
    /// links) was most of the time spent opening them. A file that is itself a regular file (one lstat(2))
    /// then has the real path of its folder followed by its name; anything else (a link, a folder, a special
    /// file, a file that is not there) takes the full check of <see cref="Problem(string, string)"/>, so every
    /// error and its message stay as they were. Keep one only while the site's folders cannot change under
    /// it (one build or check, one load of the preview), never for the life of a process. Thread-safe.
    /// </summary>
    public sealed class FolderPaths
    {
        private readonly ConcurrentDictionary<string, string?> _real = new(StringComparer.Ordinal);

        internal string? RealFolder(string folder) => _real.GetOrAdd(folder, f => RealPath(f, out _));
    }

    /// <summary>
    /// The real path and size of a regular file inside <paramref name="root"/>, found with <paramref name="folders"/>;
    /// null when that is not certain without the full check (the caller then makes it).
    /// </summary>
    private static (string Real, long Length)? RegularFileInside(string root, string full, FolderPaths folders)
    {
        if (!OperatingSystem.IsLinux() || RuntimeInformation.ProcessArchitecture is not (Architecture.X64 or Architecture.Arm64))
        {
            return null;
        }

        Span<byte> stat = stackalloc byte[256];
        if (!lstatWorks || !Lstat(full, stat))
        {
            return null;
        }

        // st_mode and st_size in struct stat: x86-64 Linux and the generic Linux layout (arm64) differ in st_mode only.
        var mode = BitConverter.ToUInt32(RuntimeInformation.ProcessArchitecture == Architecture.X64 ? stat[24..] : stat[16..]);
        const uint TypeMask = 0xF000, RegularType = 0x8000;
        if ((mode & TypeMask) != RegularType || Path.GetDirectoryName(full) is not { Length: > 0 } folder)
        {
            return null;
        }

        var realRoot = RealRoots.GetOrAdd(Path.GetFullPath(root), r => RealPath(r, out _) ?? r);
        if (folders.RealFolder(folder) is not { } realFolder)
        {
            return null;
        }

        var real = Path.Join(realFolder, Path.GetFileName(full.AsSpan()));
        return IsInside(realRoot, real) ? (real, BitConverter.ToInt64(stat[48..])) : null;
    }

    /// <summary>False once libc turned out to have no lstat symbol (glibc before 2.33): every file then takes the full check.</summary>
    private static volatile bool lstatWorks = true;

    private static bool Lstat(string path, Span<byte> stat)
    {
        try
        {
            return NativeLstat(path, ref MemoryMarshal.GetReference(stat)) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            lstatWorks = false;
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "lstat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int NativeLstat(string path, ref byte buffer);
}
