using System.Collections.Concurrent;
using System.IO.Enumeration;
using System.Runtime.InteropServices;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Files;

/// <summary>
/// The one way the build reads a file of the site (statiq.json, input/, themes/, overrides/,
/// permalinks.txt): content comes from pull requests, so a file is read only when it is a regular
/// file whose real path, every symbolic link resolved, is inside the site's folder. A link out of
/// the site (to /etc/passwd, /proc/self/environ), a dangling link, a loop of links and a special
/// file (FIFO, socket, device: reading one blocks or never ends) are errors naming the file, and
/// nothing is opened. Links inside the site that lead to a file are allowed (docs/security.md).
/// </summary>
public static partial class SiteFiles
{
    private static readonly ConcurrentDictionary<string, string> RealRoots = new(StringComparer.Ordinal);

    /// <summary>Why <paramref name="path"/> may not be read, as (message, hint); null when it is a regular file inside <paramref name="root"/>.</summary>
    public static (string Message, string Hint)? Problem(string root, string path)
    {
        var realRoot = RealRoots.GetOrAdd(Path.GetFullPath(root), r => RealPath(r, out _) ?? r);
        var full = Path.GetFullPath(path);
        var real = RealPath(full, out var failure);
        if (real is null)
        {
            return failure switch
            {
                Failure.Loop => ("The file is a symbolic link that loops (it leads back to itself).", "replace the link with the file it should be"),
                Failure.Missing when IsLink(full) => ("The file is a symbolic link that leads nowhere (its target does not exist).", "replace the link with the file it should be"),
                Failure.Missing => ("The file does not exist (a folder on its path is a dangling symbolic link, or it was deleted while the build ran).", "check the path"),
                _ => ("The file cannot be read.", "check that it is a readable file"),
            };
        }

        if (!IsInside(realRoot, real))
        {
            return ($"The file is a symbolic link to a file outside the site ({real}); the build reads nothing outside the site's folder.", "commit the file itself instead of a link to it");
        }

        return Kind(real) switch
        {
            FileKind.Regular => null,
            FileKind.Directory => ("This is a folder (or a link to one), not a file; links to folders are not followed.", "put the files themselves in the site, or link each file"),
            FileKind.Special => ("This is not a regular file (a FIFO, socket or device); the build does not open it.", "replace it with a regular file"),
            _ => ("The file cannot be read.", "check that it is a readable file"),
        };
    }

    /// <summary>True when the file may be read; else false, with an error naming <paramref name="relative"/>.</summary>
    public static bool Check(string root, string path, string relative, DiagnosticBag diagnostics)
    {
        if (Problem(root, path) is not { } problem)
        {
            return true;
        }

        diagnostics.Error(Codes.UnsafeFile, new SourceLocation(relative), problem.Message, problem.Hint);
        return false;
    }

    /// <summary>Whether something is at <paramref name="path"/> that is not a real folder: a file, a link (even a dangling one) or a special file.</summary>
    public static bool IsThere(string path)
    {
        var info = new FileInfo(path);
        return info.Exists || info.LinkTarget is not null || (info.Attributes != (FileAttributes)(-1) && !info.Attributes.HasFlag(FileAttributes.Directory));
    }

    /// <summary>The file's bytes, or null (and an error naming <paramref name="relative"/>) when it may not be read.</summary>
    /// <param name="folders">Real paths of folders already resolved in this read of the content (see <see cref="FolderPaths"/>).</param>
    public static byte[]? ReadAllBytes(string root, string path, string relative, DiagnosticBag diagnostics, long maxBytes = long.MaxValue, FolderPaths? folders = null)
    {
        var found = folders is null ? null : RegularFileInside(root, Path.GetFullPath(path), folders);
        if (found is null && !Check(root, path, relative, diagnostics))
        {
            return null;
        }

        try
        {
            var real = found?.Real ?? RealPath(Path.GetFullPath(path), out _) ?? path;
            var length = found?.Length ?? new FileInfo(real).Length;
            if (length > maxBytes)
            {
                diagnostics.Error(Codes.UnreadableFile, new SourceLocation(relative), $"The file is {length / 1024 / 1024} MiB; content files may be at most {maxBytes / 1024 / 1024} MiB.", "split it into several files");
                return null;
            }

            return File.ReadAllBytes(real);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.UnreadableFile, new SourceLocation(relative), $"The file cannot be read: {e.Message}", "check that the file exists and is readable");
            return null;
        }
    }

    /// <summary>Like <see cref="ReadAllBytes"/>, as UTF-8 text.</summary>
    public static string? ReadAllText(string root, string path, string relative, DiagnosticBag diagnostics) =>
        ReadAllBytes(root, path, relative, diagnostics) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>
    /// Paths of the entries under <paramref name="folder"/> that are not real folders (files, links, special files), sorted.
    /// Links to folders are listed, not followed, so the reader reports them; a folder that is itself a link out of the site lists nothing and is reported.
    /// </summary>
    public static IReadOnlyList<string> Files(string root, string folder, bool recursive, DiagnosticBag? diagnostics)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        if (FolderProblem(root, folder) is { } problem)
        {
            diagnostics?.Error(Codes.UnsafeFile, new SourceLocation(Path.GetRelativePath(root, folder).Replace('\\', '/')), problem, "commit the files themselves instead of a link to a folder");
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = recursive, AttributesToSkip = 0, IgnoreInaccessible = false };
        var entries = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => !e.IsDirectory || e.Attributes.HasFlag(FileAttributes.ReparsePoint),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };
        try
        {
            return [.. entries.Order(StringComparer.Ordinal)];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A folder that cannot be listed would otherwise drop its files without a word.
            diagnostics?.Error(Codes.UnreadableFile, new SourceLocation(Path.GetRelativePath(root, folder).Replace('\\', '/')), $"The folder (or a folder in it) cannot be listed: {e.Message}", "check that the folders are readable");
            return [];
        }
    }

    /// <summary>Real folders under <paramref name="folder"/> (links to folders are not followed), sorted.</summary>
    public static IReadOnlyList<string> Folders(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0, IgnoreInaccessible = true };
        var entries = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry e) => e.ToFullPath(), options)
        {
            ShouldIncludePredicate = (ref FileSystemEntry e) => e.IsDirectory && !e.Attributes.HasFlag(FileAttributes.ReparsePoint),
            ShouldRecursePredicate = (ref FileSystemEntry e) => !e.Attributes.HasFlag(FileAttributes.ReparsePoint),
        };
        return [.. entries.Order(StringComparer.Ordinal)];
    }

    /// <summary>Why a folder that is a link may not be listed; null when it leads to a folder inside the site.</summary>
    public static string? FolderProblem(string root, string folder)
    {
        var realRoot = RealRoots.GetOrAdd(Path.GetFullPath(root), r => RealPath(r, out _) ?? r);
        var real = RealPath(Path.GetFullPath(folder), out var failure);
        if (real is null)
        {
            return failure == Failure.Loop ? "The folder is a symbolic link that loops." : "The folder is a symbolic link that leads nowhere.";
        }

        return IsInside(realRoot, real) ? null : $"The folder is a symbolic link to a folder outside the site ({real}); the build reads nothing outside the site's folder.";
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private static bool IsInside(string root, string path) =>
        path.StartsWith(root.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private enum Failure
    {
        None,
        Missing,
        Loop,
        Other,
    }

    private enum FileKind
    {
        Regular,
        Directory,
        Special,
        Unknown,
    }

    /// <summary>The path with every link resolved (realpath(3)); null when a link dangles or loops.</summary>
    private static string? RealPath(string path, out Failure failure)
    {
        failure = Failure.None;
        if (OperatingSystem.IsWindows())
        {
            return WindowsRealPath(path, out failure);
        }

        var result = NativeRealPath(path, IntPtr.Zero);
        if (result == IntPtr.Zero)
        {
            var errno = Marshal.GetLastPInvokeError();
            failure = errno == 2 || errno == 20 ? Failure.Missing : errno == (OperatingSystem.IsLinux() ? 40 : 62) ? Failure.Loop : Failure.Other;
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(result);
        }
        finally
        {
            Marshal.FreeHGlobal(result);
        }
    }

    private static string? WindowsRealPath(string path, out Failure failure)
    {
        failure = Failure.None;
        try
        {
            var info = new FileInfo(path);
            var target = info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true);
            if (target is null || !(target.Exists || Directory.Exists(target.FullName)))
            {
                failure = Failure.Missing;
                return null;
            }

            return target.FullName;
        }
        catch (IOException)
        {
            failure = Failure.Loop;
            return null;
        }
    }

    /// <summary>The file type from stat(2): .NET tells a folder from a file, but not a FIFO or device from a regular file.</summary>
    private static FileKind Kind(string realPath)
    {
        if (Directory.Exists(realPath))
        {
            return FileKind.Directory;
        }

        if (OperatingSystem.IsWindows())
        {
            return File.Exists(realPath) ? FileKind.Regular : FileKind.Unknown;
        }

        var buffer = new byte[256];
        if (NativeStat(realPath, buffer) != 0)
        {
            return FileKind.Unknown;
        }

        // Where st_mode sits in struct stat: x86-64 Linux, the generic Linux layout (arm64), macOS.
        uint mode = OperatingSystem.IsMacOS() ? BitConverter.ToUInt16(buffer, 4)
            : RuntimeInformation.ProcessArchitecture == Architecture.X64 ? BitConverter.ToUInt32(buffer, 24)
            : BitConverter.ToUInt32(buffer, 16);
        const uint TypeMask = 0xF000, RegularType = 0x8000;
        return (mode & TypeMask) == RegularType ? FileKind.Regular : FileKind.Special;
    }

    [LibraryImport("libc", EntryPoint = "realpath", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial IntPtr NativeRealPath(string path, IntPtr resolved);

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int NativeStat(string path, byte[] buffer);
}
