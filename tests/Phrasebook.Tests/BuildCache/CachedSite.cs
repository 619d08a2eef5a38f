using Phrasebook.BuildCache;

namespace Phrasebook.Tests.BuildCache;

/// <summary>A temporary site built through the command line (as `build` runs it, with the build cache), and what each run printed.</summary>
internal sealed class CachedSite : IDisposable
{
    private readonly TempSite _site;

    private CachedSite(TempSite site) => _site = site;

    public string Root => _site.Root;

    public string Output => _site.Output;

    public string CacheFolder => CachedBuild.FolderOf(Root);

    public string StateFile => Path.Combine(CacheFolder, BuildStateFile.FileName);

    public static CachedSite Sample() => new(Repo.CopySample("phrasebook-cache-"));

    /// <summary>A site of <paramref name="terms"/> generated terms (bench/generate.py, fixed seed).</summary>
    public static CachedSite Generated(int terms)
    {
        var dir = Directory.CreateTempSubdirectory("phrasebook-cache-gen-").FullName;
        Directory.Delete(dir);
        InvoiceCodes.Tool.Run("python3", Path.Combine(Repo.Root, "bench", "generate.py"), dir, "--terms", terms.ToString(System.Globalization.CultureInfo.InvariantCulture), "--seed", "7");
        return new CachedSite(new TempSite(dir));
    }

    /// <summary>A copy of <paramref name="other"/>'s sources (its .git too), without what builds left: for a cold build of the same input.</summary>
    public static CachedSite SourcesOf(CachedSite other)
    {
        var dir = Directory.CreateTempSubdirectory("phrasebook-cache-copy-").FullName;
        foreach (var file in Directory.GetFiles(other.Root, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(other.Root, file);
            var top = relative.Split(Path.DirectorySeparatorChar)[0];
            if (top is "output" or ".phrasebook" || top.StartsWith(".output.", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.Combine(dir, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }

        return new CachedSite(new TempSite(dir));
    }

    public string PathOf(string relative) => _site.PathOf(relative);

    public string Read(string relative) => _site.Read(relative);

    public void Write(string relative, string text) => _site.Write(relative, text);

    public void Replace(string relative, string from, string to)
    {
        var text = Read(relative);
        Assert.Contains(from, text, StringComparison.Ordinal);
        Write(relative, text.Replace(from, to, StringComparison.Ordinal));
    }

    /// <summary>`build`: its exit code, the mode line it printed, and every diagnostic line (warnings and errors, in order).</summary>
    public async Task<Run> Build(params string[] extra)
    {
        var (code, output, error) = await Phrasebook.Tests.Cli.Cli.Run(["build", "--root", Root, "--verbose", .. extra]);
        return Run.Of(code, output, error);
    }

    public SortedDictionary<string, string> OutputTree() => Repo.HashTree(Output);

    public void Dispose() => _site.Dispose();
}

internal sealed record Run(int Code, string Mode, IReadOnlyList<string> Diagnostics, string Out, string Err)
{
    public static Run Of(int code, string output, string error)
    {
        var lines = (output + "\n" + error).Split('\n');
        var mode = lines.FirstOrDefault(l => l.StartsWith("cold build:", StringComparison.Ordinal) || l.StartsWith("incremental:", StringComparison.Ordinal) || l.StartsWith("no change:", StringComparison.Ordinal)) ?? "";
        var diagnostics = lines.Where(l => l.Contains(": warning PB", StringComparison.Ordinal) || l.Contains(": error PB", StringComparison.Ordinal)).ToList();
        return new Run(code, mode, diagnostics, output, error);
    }
}
