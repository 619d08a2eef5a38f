using System.Security.Cryptography;

namespace Phrasebook.Testing;

/// <summary>
/// Paths of the repository the tests run in, temporary copies of the sample site, and hashed output
/// trees. Linked into every test project (tests/Shared), so each has one copy of it.
/// </summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    /// <summary>tests/gates-node, holding the pinned html-validate and axe-core.</summary>
    public static string GatesNode => Path.Combine(Root, "tests", "gates-node");

    /// <summary>A throw-away copy of the sample site (settings, input, themes) that a test may change.</summary>
    public static TempSite CopySample(string prefix = "phrasebook-test-")
    {
        var dir = Directory.CreateTempSubdirectory(prefix).FullName;
        File.Copy(Path.Combine(Root, "statiq.json"), Path.Combine(dir, "statiq.json"));
        CopyDir(Path.Combine(Root, "input"), Path.Combine(dir, "input"));
        CopyDir(Path.Combine(Root, "themes"), Path.Combine(dir, "themes"));
        return new TempSite(dir);
    }

    /// <summary>Every file under <paramref name="folder"/>: relative path ('/'-separated) to the SHA-256 of its bytes.</summary>
    public static SortedDictionary<string, string> HashTree(string folder)
    {
        var tree = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
            tree[relative] = Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file)));
        }

        return tree;
    }

    /// <summary>The differences between two hashed trees, one line each (empty when they are identical).</summary>
    public static List<string> Diff(SortedDictionary<string, string> expected, SortedDictionary<string, string> actual)
    {
        var lines = new List<string>();
        foreach (var (path, hash) in expected)
        {
            if (!actual.TryGetValue(path, out var other))
            {
                lines.Add("missing: " + path);
            }
            else if (other != hash)
            {
                lines.Add("changed: " + path);
            }
        }

        lines.AddRange(actual.Keys.Where(p => !expected.ContainsKey(p)).Select(p => "added: " + p));
        return lines;
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

/// <summary>A temporary site folder, deleted on dispose.</summary>
internal sealed class TempSite(string root) : IDisposable
{
    public string Root { get; } = root;

    /// <summary>The sample's OutputPath ("output").</summary>
    public string Output => Path.Combine(Root, "output");

    public string PathOf(string relative) => Path.Combine(Root, relative);

    public void Write(string relative, string text) => WriteBytes(relative, new System.Text.UTF8Encoding(false).GetBytes(text));

    public void WriteBytes(string relative, byte[] bytes)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
    }

    public string Read(string relative) => File.ReadAllText(PathOf(relative));

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; the temp folder is cleaned by the OS.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
