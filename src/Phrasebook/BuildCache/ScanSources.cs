using System.Collections.Immutable;
using System.IO.Hashing;
using Phrasebook.Content;
using Phrasebook.Content.Files;

namespace Phrasebook.BuildCache;

/// <summary>
/// Every file a build reads: statiq.json, permalinks.txt, input/, themes/ and overrides/ (other files of the
/// site's folder, its README or .github, never reach a page). Each with a content hash (XxHash128). A file
/// whose size and write time equal the last build's, and that was written before that build scanned, keeps
/// the hash it had, as Git's index does: at 10,000 terms this is 10,000 stat calls instead of reading every file.
/// </summary>
public static class ScanSources
{
    private static readonly string[] Files = ["statiq.json", "permalinks.txt"];
    private static readonly string[] Folders = [ContentLoader.InputFolder, "themes", "overrides"];

    public static ImmutableArray<SourceFile> Scan(string root, IReadOnlyList<SourceFile> earlier, long earlierScan, int maxParallelism)
    {
        var known = earlier.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var paths = new List<string>();
        foreach (var file in Files.Where(f => File.Exists(Path.Combine(root, f))))
        {
            paths.Add(file);
        }

        // SiteFiles walks the folders as the build does: a linked folder is neither entered nor listed (the build reports it).
        foreach (var folder in Folders.Select(f => Path.Combine(root, f)).Where(Directory.Exists))
        {
            paths.AddRange(SiteFiles.Files(root, folder, recursive: true, diagnostics: null).Select(p => Path.GetRelativePath(root, p).Replace('\\', '/')));
        }

        paths.Sort(StringComparer.Ordinal);
        var files = new SourceFile[paths.Count];
        Parallel.For(0, paths.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
        {
            var info = new FileInfo(Path.Combine(root, paths[i]));
            var size = info.Exists ? info.Length : -1;
            var modified = info.Exists ? info.LastWriteTimeUtc.Ticks : 0;
            files[i] = known.TryGetValue(paths[i], out var was) && was.Size == size && was.Modified == modified && modified < earlierScan
                ? was
                : new SourceFile(paths[i], size, modified, Hash(root, info));
        });

        return ImmutableArray.Create(files);
    }

    private static UInt128 Hash(string root, FileInfo info)
    {
        try
        {
            // A link, a FIFO, a device or an unreadable file is never opened here (a FIFO would block the build):
            // it is hashed as nothing, and reading the content reports it (PB030).
            return info.Exists && info.LinkTarget is null && SiteFiles.Problem(root, info.FullName) is null
                ? XxHash128.HashToUInt128(File.ReadAllBytes(info.FullName))
                : UInt128.Zero;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return UInt128.Zero;
        }
    }
}
