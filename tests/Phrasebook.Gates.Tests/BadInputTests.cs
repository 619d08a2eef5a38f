using System.Collections.Concurrent;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Runs every bad-input case once, as a real `phrasebook build` child process in its own copy of the
/// sample, a few at a time; the theory's rows then judge one case each.
/// </summary>
public sealed class BadInputRuns : IAsyncLifetime
{
    /// <summary>The longest a build of a broken site may take before it counts as a hang.</summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private readonly ConcurrentDictionary<string, Task<Outcome>> _runs = new();
    private readonly SemaphoreSlim _slots = new(Math.Max(2, Environment.ProcessorCount));

    internal sealed record Outcome(CliRun Run, List<string> Written);

    internal Task<Outcome> ResultOf(BadInput input) => _runs.GetOrAdd(input.Name, _ => RunAsync(input));

    public Task InitializeAsync()
    {
        // Start them all; each row awaits its own.
        foreach (var input in BadInputCases.All)
        {
            _ = ResultOf(input);
        }

        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await Task.WhenAll(_runs.Values);

    private async Task<Outcome> RunAsync(BadInput input)
    {
        await _slots.WaitAsync();
        try
        {
            using var site = Repo.CopySample("phrasebook-bad-");
            input.Break(site);
            var run = await CliProcess.BuildAsync(site.Root, Limit);
            // Nothing may be written: no output folder, no staging folder left beside it.
            var written = Directory.EnumerateFileSystemEntries(site.Root)
                .Select(Path.GetFileName)
                .Where(n => n == "output" || n!.StartsWith(".output.staging-", StringComparison.Ordinal))
                .Select(n => n!)
                .ToList();
            return new Outcome(run, written);
        }
        finally
        {
            _slots.Release();
        }
    }
}

/// <summary>
/// Gate: malformed input gives exit code 1 with diagnostics that name the file (and the line, where the
/// problem has one), never a crash (exit 3), never a hang, and never a written output folder.
/// </summary>
public sealed class BadInputTests(BadInputRuns runs) : IClassFixture<BadInputRuns>
{
    public static TheoryData<string> Cases() => [.. BadInputCases.All.Select(c => c.Name)];

    [Fact]
    public void The_corpus_has_at_least_fifty_cases() => Assert.True(BadInputCases.All.Count >= 50, $"{BadInputCases.All.Count} cases");

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Bad_input_is_reported_not_crashed_on(string name)
    {
        var input = BadInputCases.Get(name);
        var (run, written) = await runs.ResultOf(input);

        Assert.False(run.TimedOut, $"the build hung (killed after {BadInputRuns.Limit.TotalSeconds} s)\n{run}");
        Assert.True(run.ExitCode == 1, $"expected exit 1 (content errors)\n{run}");
        Assert.DoesNotContain("internal error", run.Stderr, StringComparison.Ordinal);
        var where = input.Line is { } line ? $"{input.File}:{line}" : input.File;
        Assert.True(NamesPlace(run.Stderr, where), $"stderr does not name '{where}'\n{run}");
        Assert.Contains(" error ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(written);
    }

    /// <summary>`where` followed by ':' or white space or the end (so "x.yml:1" does not match "x.yml:12").</summary>
    private static bool NamesPlace(string stderr, string where)
    {
        for (var i = stderr.IndexOf(where, StringComparison.Ordinal); i >= 0; i = stderr.IndexOf(where, i + 1, StringComparison.Ordinal))
        {
            var next = i + where.Length;
            if (next == stderr.Length || stderr[next] is ':' or ' ' or '\n' or '\r')
            {
                return true;
            }
        }

        return false;
    }
}
