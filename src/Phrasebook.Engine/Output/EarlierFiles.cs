using System.IO.Enumeration;

namespace Phrasebook.Engine.Output;

/// <summary>
/// What a reused output folder held before this build (see <see cref="StagedOutput"/>), listed on a
/// thread of its own while the pages render. Removing what the build did not write is then a set
/// difference, not a walk of the whole tree after the last page: at 10,000 terms that walk met
/// 134,000 files and folders with four system calls each, 4-7 s on a warm cache and about 10 s on a cold one.
/// </summary>
internal sealed class EarlierFiles
{
    private static readonly EnumerationOptions OneFolder = new() { RecurseSubdirectories = false, AttributesToSkip = 0, IgnoreInaccessible = false };

    private readonly string _root;
    private readonly Task<List<string>> _listing;

    private EarlierFiles(string root)
    {
        _root = root;
        _listing = Task.Factory.StartNew(() => List(root), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
    }

    public static EarlierFiles StartListing(string root) => new(root);

    /// <summary>
    /// Deletes every listed entry that is neither a file in <paramref name="written"/> (paths relative to the
    /// folder) nor a folder holding one. The build may have replaced a listed entry since (a file by a folder,
    /// or the reverse), so what is deleted is what is there now; a link is removed, never followed.
    /// </summary>
    public void RemoveAllBut(IEnumerable<string> written)
    {
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in written)
        {
            // The file and each folder above it, up to one already kept (its parents are too).
            var path = file;
            while (path.Length > 0 && keep.Add(path))
            {
                path = path[..Math.Max(path.LastIndexOf(Path.DirectorySeparatorChar), 0)];
            }
        }

        foreach (var path in _listing.GetAwaiter().GetResult())
        {
            if (!keep.Contains(path))
            {
                Delete(Path.Join(_root, path));
            }
        }
    }

    private static void Delete(string path)
    {
        try
        {
            var now = File.GetAttributes(path);
            if (now.HasFlag(FileAttributes.Directory) && !now.HasFlag(FileAttributes.ReparsePoint))
            {
                Directory.Delete(path, recursive: true);
            }
            else
            {
                File.Delete(path);
            }
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            // Gone with a folder deleted before it.
        }
    }

    /// <summary>Every file, folder and link under <paramref name="root"/>, relative to it, parents before their contents.</summary>
    private static List<string> List(string root)
    {
        var entries = new List<string>();
        var folders = new Stack<string>();
        folders.Push("");
        while (folders.TryPop(out var folder))
        {
            var enumerable = new FileSystemEnumerable<(string Path, bool Folder)>(
                Path.Join(root, folder),
                (ref entry) => (folder.Length == 0 ? entry.FileName.ToString() : Path.Join(folder, entry.FileName), IsRealFolder(ref entry)),
                OneFolder);
            try
            {
                foreach (var (path, isFolder) in enumerable)
                {
                    entries.Add(path);
                    if (isFolder)
                    {
                        folders.Push(path);
                    }
                }
            }
            catch (DirectoryNotFoundException)
            {
                // The build put a file where this folder was.
            }
        }

        return entries;
    }

    // The entry's type comes with the directory listing; only a folder costs a second call, to tell a link to one apart.
    private static bool IsRealFolder(ref FileSystemEntry entry) =>
        entry.IsDirectory && !entry.Attributes.HasFlag(FileAttributes.ReparsePoint);
}
