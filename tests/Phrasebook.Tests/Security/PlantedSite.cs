using System.Diagnostics;
using System.Security.Cryptography;
using Phrasebook.Build;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// A small site in a temp folder, built once (the previous output), with a folder "outside" the
/// site beside it holding a secret: a test plants an attack as a pull request would (files,
/// symlinks, FIFOs), builds again, and checks that the outside and the previous output are
/// byte-identical afterwards.
/// </summary>
public sealed class PlantedSite : IDisposable
{
    public const string Secret = "TOKEN=ghp_secret_do_not_publish";

    public PlantedSite()
    {
        Outside = Directory.CreateTempSubdirectory("phrasebook-outside-").FullName;
        File.WriteAllText(Path.Combine(Outside, "secret.txt"), Secret);
        File.WriteAllText(Path.Combine(Outside, "secret.yml"), "id: secret\n# " + Secret + "\n");
        Directory.CreateDirectory(Path.Combine(Outside, "folder"));
        File.WriteAllText(Path.Combine(Outside, "folder", "inner.txt"), Secret);
    }

    public SiteFixture Site { get; } = new();

    public string Root => Site.Root;

    /// <summary>A folder outside the site, with secret.txt, secret.yml and folder/inner.txt.</summary>
    public string Outside { get; }

    public string OutsideFile(string name) => Path.Combine(Outside, name);

    /// <summary>Builds the clean site once, so there is a previous output to protect.</summary>
    public async Task<PlantedSite> WithPreviousOutputAsync()
    {
        var result = await Site.BuildAsync();
        DiagnosticAssert.NoErrors(result.Diagnostics);
        return this;
    }

    public void Link(string relative, string target)
    {
        var path = Site.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.CreateSymbolicLink(path, target);
    }

    public void Fifo(string relative)
    {
        var path = Site.PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!;
        mkfifo.WaitForExit();
        Assert.Equal(0, mkfifo.ExitCode);
    }

    /// <summary>Every file, link and folder under the outside folder and the output, with its bytes' hash (links are not followed).</summary>
    public IReadOnlyList<string> Snapshot() => [.. Tree(Outside, "outside"), .. Tree(Site.OutputFolder, "output")];

    /// <summary>Builds (the way `build` does), asserting it fails, and returns the diagnostics; the outside and the previous output must not change.</summary>
    public async Task<IReadOnlyList<Phrasebook.Engine.Diagnostics.Diagnostic>> BuildFailsUntouchedAsync(BuildOptions? options = null)
    {
        var before = Snapshot();
        var build = SiteBuilder.BuildAsync(options ?? new BuildOptions { Root = Root, MaxParallelism = 2 });
        var finished = await Task.WhenAny(build, Task.Delay(TimeSpan.FromSeconds(60)));
        Assert.True(finished == build, "the build hung (did it open a FIFO?)");
        var result = await build;
        Assert.False(result.Succeeded, "the build should have failed");
        Assert.Equal(before, Snapshot());
        AssertSecretNotPublished();
        return result.Diagnostics;
    }

    public void AssertSecretNotPublished()
    {
        foreach (var file in Directory.Exists(Site.OutputFolder) && new DirectoryInfo(Site.OutputFolder).LinkTarget is null ? Directory.EnumerateFiles(Site.OutputFolder, "*", SearchOption.AllDirectories) : [])
        {
            if (new FileInfo(file).LinkTarget is null)
            {
                Assert.DoesNotContain("ghp_secret", File.ReadAllText(file), StringComparison.Ordinal);
            }
        }
    }

    public static IEnumerable<string> Tree(string folder, string name)
    {
        if (!Directory.Exists(folder))
        {
            yield return name + ": none";
            yield break;
        }

        var options = new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 };
        foreach (var entry in new DirectoryInfo(folder).EnumerateFileSystemInfos("*", options).OrderBy(e => e.FullName, StringComparer.Ordinal))
        {
            var rel = name + "/" + Path.GetRelativePath(folder, entry.FullName).Replace('\\', '/');
            yield return entry.LinkTarget is { } target ? $"{rel} -> {target}"
                : entry is FileInfo file ? $"{rel} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullName)))}"
                : rel + "/";
        }
    }

    public void Dispose()
    {
        Site.Dispose();
        Directory.Delete(Outside, recursive: true);
    }
}
