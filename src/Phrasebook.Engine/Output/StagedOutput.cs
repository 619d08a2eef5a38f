using System.Runtime.InteropServices;

namespace Phrasebook.Engine.Output;

/// <summary>
/// A build writes into a staging folder beside the output folder and swaps it in only when the
/// build succeeded, so a failed or killed build never touches the previous site.
/// </summary>
/// <remarks>
/// The site the swap replaces is kept as <c>.{output}.previous</c>, and the next build stages into
/// it: pages are overwritten in place and only files that are gone are deleted. Creating and
/// deleting every file of a large site on each build costs more than rendering it (on ext4, tens of
/// seconds for 70,000 files). A staging folder left by a killed build is reused the same way.
/// </remarks>
public sealed partial class StagedOutput : IDisposable
{
    private const string StagingMarker = ".staging-";
    private const string PreviousSuffix = ".previous";
    private readonly bool _reused;
    private bool _committed;

    private StagedOutput(string target, string staging, bool reused)
    {
        Target = target;
        Staging = new OutputFolder(staging);
        _reused = reused;
    }

    /// <summary>The folder readers see (OutputPath).</summary>
    public string Target { get; }

    /// <summary>Where this build writes.</summary>
    public OutputFolder Staging { get; }

    /// <summary>Where the replaced site is kept for the next build to reuse.</summary>
    public static string PreviousOf(string target) =>
        Path.Combine(Path.GetDirectoryName(target)!, $".{Path.GetFileName(target)}{PreviousSuffix}");

    /// <summary>
    /// What the build keeps beside the output (the previous site, staging folders of earlier builds), as they are now:
    /// each must be a real folder the build made. A symlink or a file of that name was put there by someone else,
    /// and the build would write into or delete what it points to.
    /// </summary>
    public static IEnumerable<string> Companions(string target)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return [];
        }

        var name = Path.GetFileName(target);
        return Directory.EnumerateFileSystemEntries(parent, $".{name}{StagingMarker}*")
            .Prepend(PreviousOf(target))
            .Where(p => IsLink(p) || File.Exists(p) || Directory.Exists(p))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>A real folder, not a link to one (nor a file, nor a special file).</summary>
    public static bool IsRealFolder(string path) => !IsLink(path) && Directory.Exists(path);

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    public static StagedOutput Begin(string target)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        var name = Path.GetFileName(target);
        var staging = Path.Combine(parent, $".{name}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        // Only real folders: a symlink in their place would make the build write into, and then delete, what it points to.
        var candidates = Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*")
            .Where(folder => !IsInUse(folder[(parent.Length + name.Length + StagingMarker.Length + 2)..]))
            .Prepend(PreviousOf(target))
            .Where(IsRealFolder);
        var reused = false;
        foreach (var candidate in candidates)
        {
            // A rename claims the folder: a build running at the same time cannot claim it too.
            if (!reused && TryMove(candidate, staging))
            {
                reused = true;
            }
            else if (candidate != PreviousOf(target))
            {
                RemoveLeftover(candidate);
            }
        }

        if (!reused)
        {
            Directory.CreateDirectory(staging);
        }

        var output = new StagedOutput(target, staging, reused);
        if (reused)
        {
            output.Staging.ListEarlierFiles();
        }

        return output;
    }

    /// <summary>Removes the staging folders of builds that were stopped (their process is gone), as <see cref="Begin"/> does.</summary>
    public static void RemoveLeftovers(string target)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target);
        if (parent is null || !Directory.Exists(parent))
        {
            return;
        }

        var name = Path.GetFileName(target);
        foreach (var folder in Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*").Where(IsRealFolder))
        {
            if (!IsInUse(folder[(parent.Length + name.Length + StagingMarker.Length + 2)..]))
            {
                RemoveLeftover(folder);
            }
        }
    }

    /// <summary>Puts the staged site in place (on Linux one atomic exchange, elsewhere two renames) and keeps the replaced one.</summary>
    public void Commit()
    {
        if (_reused)
        {
            Staging.RemoveUnwritten();
        }

        var previous = PreviousOf(Target);
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging.Path, Target);
        }
        else if (OperatingSystem.IsLinux() && RenameExchange(Staging.Path, Target))
        {
            // Staging now holds the replaced site.
            Keep(Staging.Path, previous);
        }
        else
        {
            var old = Staging.Path + ".old";
            Directory.Move(Target, old);
            Directory.Move(Staging.Path, Target);
            Keep(old, previous);
        }

        _committed = true;
    }

    /// <summary>A build that did not commit gives back the folder it reused, or removes the one it made.</summary>
    public void Dispose()
    {
        if (_committed || !Directory.Exists(Staging.Path))
        {
            return;
        }

        if (_reused)
        {
            Keep(Staging.Path, PreviousOf(Target));
        }
        else
        {
            Directory.Delete(Staging.Path, recursive: true);
        }
    }

    private static void Keep(string folder, string previous)
    {
        if (!TryMove(folder, previous))
        {
            // Another build kept its replaced site there first; one spare is enough.
            Directory.Delete(folder, recursive: true);
        }
    }

    private static bool TryMove(string from, string to)
    {
        try
        {
            Directory.Move(from, to);
            return true;
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>A staging folder is named after its build's process: a live one is not a leftover.</summary>
    private static bool IsInUse(string pidAndGuid)
    {
        var dash = pidAndGuid.IndexOf('-', StringComparison.Ordinal);
        if (dash <= 0 || !int.TryParse(pidAndGuid.AsSpan(0, dash), out var pid))
        {
            return false;
        }

        if (pid == Environment.ProcessId)
        {
            // Another build in this process (the tests run several at once).
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    private static void RemoveLeftover(string folder)
    {
        try
        {
            Directory.Delete(folder, recursive: true);
        }
        catch (IOException)
        {
            // Another build may still be using it; it cleans up after itself.
        }
    }

    private static bool RenameExchange(string a, string b)
    {
        const int AtFdCwd = -100;
        const uint RenameExchangeFlag = 2;
        try
        {
            return RenameAt2(AtFdCwd, a, AtFdCwd, b, RenameExchangeFlag) == 0;
        }
        catch (EntryPointNotFoundException)
        {
            return false;
        }
    }

    [LibraryImport("libc", EntryPoint = "renameat2", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int RenameAt2(int olddirfd, string oldpath, int newdirfd, string newpath, uint flags);
}
