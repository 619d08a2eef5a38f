using System.Diagnostics;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: a build killed at a random moment (SIGKILL) and a build that fails validation both leave the
/// previous output/ byte for byte as it was, and the next good build works and cleans up what the killed
/// one left (staging folders named .output.staging-*).
/// </summary>
public sealed class AtomicBuildTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task A_killed_build_leaves_the_previous_output_as_it_was()
    {
        using var site = Repo.CopySample("phrasebook-atomic-");
        var before = await BuildGoodAsync(site);

        // Fixed seed: the same moments on every run, spread over start-up, reading, rendering and writing.
        var random = new Random(20260107);
        var killedAt = new List<int>();
        for (var round = 0; round < 4; round++)
        {
            var wait = random.Next(50, 1501);
            killedAt.Add(wait);
            using var process = Process.Start(CliProcess.StartInfo("build", "--root", site.Root))!;
            _ = process.StandardOutput.ReadToEndAsync();
            _ = process.StandardError.ReadToEndAsync();
            await Task.Delay(wait);
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();

            var diff = Repo.Diff(before, Repo.HashTree(site.Output));
            Assert.True(diff.Count == 0, $"killed after {wait} ms (round {round}), output/ changed:\n{string.Join('\n', diff.Take(20))}");
        }

        var after = await BuildGoodAsync(site);
        Assert.Empty(Repo.Diff(before, after));
        Assert.Empty(StagingFolders(site));
        Assert.Equal(4, killedAt.Count);
    }

    [Fact]
    public async Task A_build_that_fails_validation_leaves_the_previous_output_as_it_was()
    {
        using var site = Repo.CopySample("phrasebook-atomic-");
        var before = await BuildGoodAsync(site);

        var term = "input/industries/logistics/fuel-surcharge.yml";
        var good = site.Read(term);
        site.Write(term, good.Replace("summary:", "summery:", StringComparison.Ordinal));
        site.Write("input/pages/about.en.md", "---\ntitle: About\n---\n\nChanged text, [broken](term:no-such-term).\n");
        var failed = await CliProcess.BuildAsync(site.Root, Limit);
        Assert.True(failed.ExitCode == 1, failed.ToString());
        Assert.Contains("Nothing was written", failed.Stderr, StringComparison.Ordinal);
        Assert.Empty(Repo.Diff(before, Repo.HashTree(site.Output)));
        Assert.Empty(StagingFolders(site));

        site.Write(term, good);
        File.Copy(Path.Combine(Repo.Root, "input/pages/about.en.md"), site.PathOf("input/pages/about.en.md"), overwrite: true);
        var after = await BuildGoodAsync(site);
        Assert.Empty(Repo.Diff(before, after));
    }

    private static async Task<SortedDictionary<string, string>> BuildGoodAsync(TempSite site)
    {
        var run = await CliProcess.BuildAsync(site.Root, Limit);
        Assert.True(run.ExitCode == 0, "the good build failed\n" + run);
        Assert.Empty(StagingFolders(site));
        var tree = Repo.HashTree(site.Output);
        Assert.Contains("index.html", tree.Keys);
        Assert.True(tree.Count > 100, $"{tree.Count} files");
        return tree;
    }

    private static List<string> StagingFolders(TempSite site) =>
        [.. Directory.EnumerateDirectories(site.Root, ".output.staging-*").Select(Path.GetFileName).Select(n => n!)];
}
