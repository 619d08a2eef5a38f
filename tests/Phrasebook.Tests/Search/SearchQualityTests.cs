using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Phrasebook.Tests.Build;
using Xunit.Abstractions;

namespace Phrasebook.Tests.Search;

/// <summary>
/// The search quality floor: tests/search-quality/run.js runs the built sample's own search (its
/// search.js and lunr scripts, in Node, as a browser runs them) over tests/search-quality/queries.tsv,
/// several hundred queries written as customers type them, and the build fails below the targets.
/// </summary>
public sealed class SearchQualityTests(SampleBuild sample, ITestOutputHelper output) : IClassFixture<SampleBuild>
{
    private const double MinTop3 = 0.97;
    private const double MinTop1 = 0.90;

    [Fact]
    public void The_sample_search_meets_the_quality_targets()
    {
        var json = Path.Combine(Path.GetTempPath(), $"search-quality-{Guid.NewGuid():N}.json");
        try
        {
            var table = Run(sample.Output, json);
            output.WriteLine(table);
            using var report = JsonDocument.Parse(File.ReadAllText(json));
            var all = report.RootElement.GetProperty("groups").GetProperty("all");
            var misses = string.Join('\n', report.RootElement.GetProperty("misses").EnumerateArray().Select(m => m.ToString()));

            Assert.True(all.GetProperty("queries").GetInt32() >= 300, "the benchmark needs at least 300 queries");
            foreach (var lang in new[] { "nb", "sv", "en" })
            {
                var group = report.RootElement.GetProperty("groups").GetProperty(lang);
                Assert.True(group.GetProperty("top3").GetDouble() >= MinTop3, $"{lang} top-3 below {MinTop3:P0}:\n{table}\n{misses}");
                Assert.True(group.GetProperty("top1").GetDouble() >= MinTop1, $"{lang} top-1 below {MinTop1:P0}:\n{table}\n{misses}");
                Assert.True(group.GetProperty("none_empty").GetDouble() >= 1.0, $"{lang}: a query that matches nothing gave results:\n{misses}");
            }
        }
        finally
        {
            File.Delete(json);
        }
    }

    [Fact]
    public void The_benchmark_fails_a_search_that_finds_the_wrong_page()
    {
        // The same runner over a query whose expected page is wrong must count it as a miss: the
        // floor above can fail.
        var queries = Path.Combine(Path.GetTempPath(), $"search-quality-{Guid.NewGuid():N}.tsv");
        var json = queries + ".json";
        try
        {
            File.WriteAllText(queries, "lang\tkind\tquery\texpected\nnb\tname\tdrivstofftillegg\tterm:vat\nnb\tnone\tdrivstofftillegg\tnone\n");
            Run(sample.Output, json, queries);
            using var report = JsonDocument.Parse(File.ReadAllText(json));
            var all = report.RootElement.GetProperty("groups").GetProperty("all");
            Assert.Equal(0.0, all.GetProperty("top3").GetDouble());
            Assert.Equal(0.0, all.GetProperty("none_empty").GetDouble());
            Assert.Equal(2, report.RootElement.GetProperty("misses").GetArrayLength());
        }
        finally
        {
            File.Delete(queries);
            File.Delete(json);
        }
    }

    private static string Run(string site, string json, string? queries = null)
    {
        var info = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        info.ArgumentList.Add(Path.Combine(Repo.Root, "tests", "search-quality", "run.js"));
        info.ArgumentList.Add(site);
        if (queries is not null)
        {
            info.ArgumentList.Add(queries);
        }

        info.ArgumentList.Add("--json");
        info.ArgumentList.Add(json);
        using var process = Process.Start(info) ?? throw new InvalidOperationException("node did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"run.js failed ({process.ExitCode}):\n{stderr.Result}");
        return stdout.Result;
    }
}
