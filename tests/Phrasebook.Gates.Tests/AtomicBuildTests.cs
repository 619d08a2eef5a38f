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
        var watch = Stopwatch.StartNew();
        var before = await BuildGoodAsync(site);
        var goodBuild = watch.Elapsed;

        // Once for certain while pages are being written, the moment that could leave a half-written site. First,
        // so the staging folder is a new one and every file in it was written by this build.
        using (var writing = Start(site))
        {
            var pages = await WhenWritingAsync(site, writing);
            await KillAsync(writing, $"while writing ({pages} files in the staging folder)");
            Assert.Empty(Repo.Diff(before, Repo.HashTree(site.Output)));
            Assert.NotEmpty(StagingFolders(site));
        }

        // Then at moments spread over the first 60% of a good build's time (start-up, reading, rendering), scaled
        // to this machine so that every kill meets a running build; a fixed seed picks the same fractions on every run.
        var random = new Random(20260107);
        for (var round = 0; round < 4; round++)
        {
            var wait = (int)(goodBuild.TotalMilliseconds * random.Next(5, 61) / 100);
            using var process = Start(site);
            await Task.Delay(wait);
            await KillAsync(process, $"after {wait} ms (round {round})");

            var diff = Repo.Diff(before, Repo.HashTree(site.Output));
            Assert.True(diff.Count == 0, $"killed after {wait} ms (round {round}), output/ changed:\n{string.Join('\n', diff.Take(20))}");
        }

        // The next good build builds the same site and takes or removes what the killed ones left.
        var after = await BuildGoodAsync(site);
        Assert.Empty(Repo.Diff(before, after));
        Assert.Empty(StagingFolders(site));
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

    /// <summary>
    /// Ctrl+C and SIGTERM in the middle of a build (issue #23: it ended in SIGABRT with an unhandled
    /// TaskCanceledException): the build stops, exits 130 or 143, says nothing was written, and output/ is
    /// byte for byte as it was. The signal is sent once the build has made its staging folder, at a few fixed
    /// moments after that; a build that finished first must have exited 0.
    /// </summary>
    [Theory]
    [InlineData(2, 130)]
    [InlineData(15, 143)]
    public async Task A_signal_stops_the_build_cleanly_and_leaves_the_previous_output(int signal, int exitCode)
    {
        using var site = Repo.CopySample("phrasebook-signal-");
        var before = await BuildGoodAsync(site);
        var stopped = 0;
        foreach (var wait in new[] { 0, 150, 400 })
        {
            // --no-cache: a full build each time (with the cache, a build of the unchanged site has nothing to do).
            var info = CliProcess.StartInfo("build", "--root", site.Root, "--no-cache");
            using var process = Process.Start(info)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            // The moment the build has begun: its staging folder exists (the signal handlers are set up before it).
            var clock = Stopwatch.StartNew();
            while (!process.HasExited && StagingFolders(site).Count == 0 && clock.Elapsed < Limit)
            {
                await Task.Delay(5);
            }

            await Task.Delay(wait);
            if (!process.HasExited)
            {
                // Not asserted: the build may end between the check and the signal.
                _ = Kill(process.Id, signal);
            }

            using var limit = new CancellationTokenSource(Limit);
            await process.WaitForExitAsync(limit.Token);
            var err = await stderr;
            var run = $"signal {signal} after {wait} ms: exit {process.ExitCode}\n{err}\n{await stdout}";
            Assert.True(process.ExitCode == exitCode || process.ExitCode == 0, run);
            Assert.DoesNotContain("Unhandled", err, StringComparison.Ordinal);
            Assert.DoesNotContain("   at ", err, StringComparison.Ordinal);
            if (process.ExitCode == exitCode)
            {
                stopped++;
                Assert.Contains("nothing was written; the previous output is unchanged", err, StringComparison.Ordinal);
            }

            Assert.Empty(Repo.Diff(before, Repo.HashTree(site.Output)));
            Assert.Empty(StagingFolders(site));
        }

        Assert.True(stopped > 0, "every build finished before its signal: none was stopped");
    }

    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static extern int Kill(int pid, int signal);

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

    private static Process Start(TempSite site)
    {
        // --no-cache: a full build each time (with the cache, a build of the unchanged site has nothing to do).
        var process = Process.Start(CliProcess.StartInfo("build", "--root", site.Root, "--no-cache"))!;
        _ = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        return process;
    }

    /// <summary>Kills the build, which must still have been running: a build that finished first tested nothing.</summary>
    private static async Task KillAsync(Process process, string when)
    {
        Assert.False(process.HasExited, $"the build ended (exit code {(process.HasExited ? process.ExitCode : 0)}) before it was killed {when}");
        process.Kill(entireProcessTree: true);
        await process.WaitForExitAsync();
        // 128 + SIGKILL: killed, not ended on its own in the moment between the check and the kill.
        Assert.True(process.ExitCode == 137, $"exit code {process.ExitCode} of the build killed {when}");
    }

    /// <summary>Waits until the build has written files into its staging folder; returns how many.</summary>
    private static async Task<int> WhenWritingAsync(TempSite site, Process process)
    {
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < Limit && !process.HasExited)
        {
            var files = StagingFolders(site)
                .Sum(f => Directory.EnumerateFiles(site.PathOf(f), "*", SearchOption.AllDirectories).Count());
            if (files > 0)
            {
                return files;
            }

            await Task.Delay(5);
        }

        Assert.Fail($"the build wrote nothing into a staging folder ({(process.HasExited ? $"it ended with {process.ExitCode}" : "time out")})");
        return 0;
    }

    private static List<string> StagingFolders(TempSite site) =>
        [.. Directory.EnumerateDirectories(site.Root, ".output.staging-*").Select(Path.GetFileName).Select(n => n!)];
}
