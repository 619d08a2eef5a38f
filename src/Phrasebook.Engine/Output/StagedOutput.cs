using System.Runtime.InteropServices;

namespace Phrasebook.Engine.Output;

/// <summary>
/// A build writes into a fresh staging folder beside the output folder and swaps it in only
/// when the build succeeded, so a failed or killed build never touches the previous site.
/// </summary>
public sealed partial class StagedOutput : IDisposable
{
    private const string StagingMarker = ".staging-";
    private bool _committed;

    private StagedOutput(string target, string staging)
    {
        Target = target;
        Staging = staging;
    }

    /// <summary>The folder readers see (OutputPath).</summary>
    public string Target { get; }

    /// <summary>Where this build writes.</summary>
    public string Staging { get; }

    public static StagedOutput Begin(string target)
    {
        target = Path.GetFullPath(target).TrimEnd(Path.DirectorySeparatorChar);
        var parent = Path.GetDirectoryName(target) ?? throw new ArgumentException("The output folder cannot be a file system root.");
        Directory.CreateDirectory(parent);
        RemoveLeftovers(parent, Path.GetFileName(target));
        var staging = Path.Combine(parent, $".{Path.GetFileName(target)}{StagingMarker}{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        return new StagedOutput(target, staging);
    }

    /// <summary>Puts the staged site in place; on Linux one atomic exchange, elsewhere two renames.</summary>
    public void Commit()
    {
        if (!Directory.Exists(Target))
        {
            Directory.Move(Staging, Target);
        }
        else if (OperatingSystem.IsLinux() && RenameExchange(Staging, Target))
        {
            // Staging now holds the previous site.
            Directory.Delete(Staging, recursive: true);
        }
        else
        {
            var old = Staging + ".old";
            Directory.Move(Target, old);
            Directory.Move(Staging, Target);
            Directory.Delete(old, recursive: true);
        }

        _committed = true;
    }

    public void Dispose()
    {
        if (!_committed && Directory.Exists(Staging))
        {
            Directory.Delete(Staging, recursive: true);
        }
    }

    /// <summary>Staging folders of builds that were killed are removed by the next build.</summary>
    private static void RemoveLeftovers(string parent, string name)
    {
        foreach (var dir in Directory.EnumerateDirectories(parent, $".{name}{StagingMarker}*"))
        {
            try
            {
                Directory.Delete(dir, recursive: true);
            }
            catch (IOException)
            {
                // Another build may still be using it; it cleans up after itself.
            }
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
