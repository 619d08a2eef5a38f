namespace Phrasebook.Tests.Build;

/// <summary>Paths of the repository the tests run in, and temporary copies of the sample site.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>A throw-away copy of the sample site (settings, input, themes) that a test may change.</summary>
    public static TempSite CopySample()
    {
        var dir = Directory.CreateTempSubdirectory("phrasebook-test-").FullName;
        File.Copy(Path.Combine(Root, "statiq.json"), Path.Combine(dir, "statiq.json"));
        CopyDir(Path.Combine(Root, "input"), Path.Combine(dir, "input"));
        CopyDir(Path.Combine(Root, "themes"), Path.Combine(dir, "themes"));
        return new TempSite(dir);
    }

    private static void CopyDir(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }
}

internal sealed class TempSite(string root) : IDisposable
{
    public string Root { get; } = root;

    public string Output => Path.Combine(Root, "output");

    public void Write(string relative, string text)
    {
        var path = Path.Combine(Root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    public string Read(string relative) => File.ReadAllText(Path.Combine(Root, relative));

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
