using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Phrasebook.Cli;
using Xunit.Abstractions;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// Structure-aware fuzzing of whole sites (issue #23): YAML and Markdown mutations of a generated site
/// (<see cref="SiteFixture"/>) and of the sample, built by the command line in process, and a sample of
/// them by the real CLI process. Every case must end in exit 0, 1 or 2 within its hang limit, print no stack
/// trace, name a file of the site in an error when it exits 1, and leave the previous output byte for byte as
/// it was when it fails. The seed is fixed and printed with every failure, with the case and its mutation.
/// </summary>
public sealed class SiteFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Mutations_of_a_generated_site_end_in_a_diagnostic_never_a_crash_or_hang()
    {
        using var site = new SiteFixture();
        var files = new[]
        {
            "input/industries/logistics/fuel-surcharge.yml", "input/industries/logistics/freight-charge.yml",
            "input/industries/logistics/vat.yml", "input/industries/logistics/industry.yml", "input/roles.yml",
            "input/processes/delivery.nb.md", "input/pages/index.nb.md", "statiq.json",
        };
        var count = await SiteFuzz.RunAsync(site.Root, files, cases: 440, seed: SiteFuzz.Seed, realCliEvery: 0, log);
        Assert.Equal(440, count);
    }

}

/// <summary>The sample's share of the fuzz suite, in a class of its own so that xunit runs it beside the generated site's.</summary>
public sealed class SampleFuzzTests(ITestOutputHelper log)
{
    [Fact]
    public async Task Mutations_of_the_sample_end_in_a_diagnostic_never_a_crash_or_hang()
    {
        using var site = Repo.CopySample("phrasebook-fuzz-");
        var files = Directory.GetFiles(site.PathOf("input"), "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .Select(f => Path.GetRelativePath(site.Root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToArray();
        // Every 6th case is built by the real command line, as a child process.
        var count = await SiteFuzz.RunAsync(site.Root, files, cases: 60, seed: SiteFuzz.Seed + 1, realCliEvery: 6, log);
        Assert.Equal(60, count);
    }
}

/// <summary>The fuzz loop: mutate one file, build, judge, restore.</summary>
internal static partial class SiteFuzz
{
    public const int Seed = 2323;

    /// <summary>Generous: a case is a build of a small site; only a hang comes near this.</summary>
    private static readonly TimeSpan HangLimit = TimeSpan.FromSeconds(30);

    public static async Task<int> RunAsync(string root, string[] files, int cases, int seed, int realCliEvery, ITestOutputHelper log)
    {
        var random = new Random(seed);
        var clock = Stopwatch.StartNew();
        var output = Path.Combine(root, "output");
        var first = await BuildAsync(root, inProcess: true);
        Assert.True(first.Code == 0, $"the unmutated site does not build:\n{first.Err}");
        var before = Repo.HashTree(output);
        var done = 0;
        for (var i = 0; i < cases; i++)
        {
            var file = files[random.Next(files.Length)];
            var original = File.ReadAllText(Path.Combine(root, file));
            var (mutated, what) = SiteMutations.Mutate(file, original, random);
            File.WriteAllText(Path.Combine(root, file), mutated, new UTF8Encoding(false));
            var real = realCliEvery > 0 && i % realCliEvery == 0;
            var run = await BuildAsync(root, inProcess: !real);
            var label = $"seed {seed}, case {i} ({(real ? "real CLI" : "in process")}): {file}: {what}";
            try
            {
                Assert.False(run.TimedOut, $"{label}: no end after {HangLimit.TotalSeconds} s");
                Assert.True(run.Code is 0 or 1 or 2, $"{label}: exit {run.Code}\n{run.Err}");
                Assert.False(StackTrace().IsMatch(run.Err + run.Out), $"{label}: a stack trace\n{run.Err}");
                if (run.Code == 1)
                {
                    Assert.True(NamesAFile(root, run.Err), $"{label}: exit 1 but no error names a file of the site\n{run.Err}");
                }

                var after = Repo.HashTree(output);
                if (run.Code == 0)
                {
                    before = after;
                }
                else
                {
                    var diff = Repo.Diff(before, after);
                    Assert.True(diff.Count == 0, $"{label}: a failed build changed output/:\n{string.Join('\n', diff.Take(10))}");
                }
            }
            finally
            {
                File.WriteAllText(Path.Combine(root, file), original, new UTF8Encoding(false));
            }

            done++;
        }

        log.WriteLine($"seed {seed}: {done} cases in {clock.Elapsed.TotalSeconds:0.0} s");
        return done;
    }

    private static async Task<(int Code, string Out, string Err, bool TimedOut)> BuildAsync(string root, bool inProcess)
    {
        if (!inProcess)
        {
            return await RealCliAsync(root);
        }

        var output = new StringWriter();
        var error = new StringWriter();
        var build = Task.Run(() => PhrasebookCommand.RunAsync(["build", "--root", root], output, error));
        var finished = await Task.WhenAny(build, Task.Delay(HangLimit));
        return finished == build ? (await build, output.ToString(), error.ToString(), false) : (-1, output.ToString(), error.ToString(), true);
    }

    private static async Task<(int Code, string Out, string Err, bool TimedOut)> RealCliAsync(string root)
    {
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(typeof(PhrasebookCommand).Assembly.Location);
        info.ArgumentList.Add("build");
        info.ArgumentList.Add("--root");
        info.ArgumentList.Add(root);
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(HangLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
            return (process.ExitCode, await stdout, await stderr, false);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (-1, await stdout, await stderr, true);
        }
    }

    /// <summary>An error line names a file or folder of the site: `path[:line[:col]]: error PBnnn`.</summary>
    private static bool NamesAFile(string root, string stderr) =>
        ErrorLine().Matches(stderr).Any(m => File.Exists(Path.Combine(root, m.Groups["path"].Value)) || Directory.Exists(Path.Combine(root, m.Groups["path"].Value)) || m.Groups["path"].Value.EndsWith(".html", StringComparison.Ordinal));

    [GeneratedRegex(@"^(?<path>[^\s:][^:\n]*?)(:\d+(:\d+)?)?: error PB\d{3}:", RegexOptions.Multiline)]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^\s+at \S+\(|Unhandled exception|internal error", RegexOptions.Multiline)]
    private static partial Regex StackTrace();
}
