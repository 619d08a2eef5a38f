using Phrasebook.BuildCache;

namespace Phrasebook.Tests.BuildCache;

/// <summary>A cache that cannot be trusted, or an output that is not what the cache describes, gives a cold build that says why; a failed build touches neither.</summary>
public sealed class ColdFallbackTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";
    private const string Summary = "en: An extra charge on the freight that follows the price of diesel.";

    [Fact]
    public async Task A_damaged_cache_gives_a_cold_build()
    {
        using var site = await Built();
        var bytes = File.ReadAllBytes(site.StateFile);
        bytes.AsSpan(bytes.Length / 2, 64).Fill(0xFF);
        File.WriteAllBytes(site.StateFile, bytes);

        var run = await site.Build();

        Assert.Equal(0, run.Code);
        Assert.Equal("cold build: the build cache is damaged", run.Mode);
        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_truncated_cache_gives_a_cold_build()
    {
        using var site = await Built();
        var bytes = File.ReadAllBytes(site.StateFile);
        File.WriteAllBytes(site.StateFile, bytes[..(bytes.Length / 3)]);

        Assert.Equal("cold build: the build cache is damaged", (await site.Build()).Mode);
    }

    [Fact]
    public async Task A_cache_of_another_tool_version_gives_a_cold_build()
    {
        using var site = await Built();
        var state = BuildStateFile.TryRead(site.CacheFolder, ToolVersion.Current, out var reason);
        Assert.True(state is not null, reason);
        BuildStateFile.Write(site.CacheFolder, state with { Tool = "0.9.0 other" });

        Assert.Equal("cold build: the build cache was made by another version of the tool", (await site.Build()).Mode);
    }

    [Fact]
    public async Task A_deleted_output_file_gives_a_cold_build_that_writes_it_again()
    {
        using var site = await Built();
        var tree = site.OutputTree();
        File.Delete(Path.Combine(site.Output, "en/terms/fuel-surcharge/index.html"));

        var run = await site.Build();

        Assert.Equal("cold build: the output file en/terms/fuel-surcharge/index.html was deleted since the last build", run.Mode);
        Assert.Empty(Repo.Diff(tree, site.OutputTree()));
    }

    [Fact]
    public async Task A_changed_output_file_gives_a_cold_build_that_writes_it_again()
    {
        using var site = await Built();
        var tree = site.OutputTree();
        File.AppendAllText(Path.Combine(site.Output, "nb/index.html"), "<!-- changed by hand -->");

        var run = await site.Build();

        Assert.Equal("cold build: the output file nb/index.html was changed since the last build", run.Mode);
        Assert.Empty(Repo.Diff(tree, site.OutputTree()));
    }

    [Fact]
    public async Task A_missing_output_folder_gives_a_cold_build()
    {
        using var site = await Built();
        Directory.Delete(site.Output, recursive: true);

        var run = await site.Build();

        Assert.Equal("cold build: the output folder is missing", run.Mode);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task A_build_stopped_while_it_replaced_files_gives_a_cold_build()
    {
        using var site = await Built();
        // What a build killed between renaming its first file into the output and writing the new cache leaves.
        File.WriteAllText(ApplyOutput.JournalIn(site.CacheFolder), site.Output);
        site.Replace(Fuel, Summary, "en: A charge that follows the diesel price.");

        var run = await site.Build();

        Assert.Equal("cold build: the last build was stopped while it replaced files", run.Mode);
        Assert.False(File.Exists(ApplyOutput.JournalIn(site.CacheFolder)));
        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_output_folder_gives_a_cold_build()
    {
        using var site = await Built();
        var run = await site.Build("--output", Path.Combine(site.Root, "elsewhere"));

        Assert.Equal("cold build: the output folder is another one than the last build's", run.Mode);
    }

    [Fact]
    public async Task An_error_in_an_edited_term_leaves_the_output_and_the_cache_as_they_were()
    {
        using var site = await Built();
        var tree = site.OutputTree();
        var cache = File.ReadAllBytes(site.StateFile);
        site.Replace(Fuel, "related: [freight-charge, environmental-surcharge]", "related: [freight-charge, no-such-term]");

        var run = await site.Build();

        Assert.Equal(1, run.Code);
        Assert.Contains(run.Diagnostics, d => d.StartsWith(Fuel + ":", StringComparison.Ordinal) && d.Contains("no-such-term", StringComparison.Ordinal));
        Assert.Empty(Repo.Diff(tree, site.OutputTree()));
        Assert.Equal(cache, File.ReadAllBytes(site.StateFile));

        // Fixed, the edit is built from the same cache.
        site.Replace(Fuel, "related: [freight-charge, no-such-term]", "related: [freight-charge, environmental-surcharge]");
        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_broken_link_in_an_edited_term_is_reported_as_a_cold_build_reports_it()
    {
        using var site = await Built();
        var tree = site.OutputTree();
        var cache = File.ReadAllBytes(site.StateFile);
        site.Replace(Fuel, "the [freight charge](term:freight-charge)", "the [freight charge](/en/terms/no-such-page/)");

        var run = await site.Build();

        using var cold = CachedSite.Sample();
        cold.Replace(Fuel, "the [freight charge](term:freight-charge)", "the [freight charge](/en/terms/no-such-page/)");
        var reference = await cold.Build();
        Assert.Equal(1, reference.Code);
        Assert.Equal(1, run.Code);
        Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);
        Assert.Contains(run.Diagnostics, d => d.Contains("error PB", StringComparison.Ordinal) && d.Contains("no-such-page", StringComparison.Ordinal));
        Assert.Equal(reference.Diagnostics, run.Diagnostics);
        Assert.Empty(Repo.Diff(tree, site.OutputTree()));
        Assert.Equal(cache, File.ReadAllBytes(site.StateFile));
    }

    [Fact]
    public async Task A_site_moved_with_its_cache_and_output_builds_cold_into_its_own_output()
    {
        using var site = await Built();
        var moved = Path.Combine(Path.GetTempPath(), "phrasebook-cache-moved-" + Guid.NewGuid().ToString("N"));
        try
        {
            CopyTree(site.Root, moved);
            var tree = site.OutputTree();
            var term = Path.Combine(moved, Fuel);
            File.WriteAllText(term, File.ReadAllText(term).Replace(Summary, "en: A charge that follows the diesel price.", StringComparison.Ordinal));
            var (code, output, error) = await Cli.Cli.Run("build", "--root", moved);

            Assert.True(code == 0, error);
            Assert.Contains("cold build: the site's folder moved", output, StringComparison.Ordinal);
            Assert.Empty(Repo.Diff(tree, site.OutputTree()));
            Assert.Contains("A charge that follows the diesel price.", File.ReadAllText(Path.Combine(moved, "output/en/terms/fuel-surcharge/index.html")), StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(moved, recursive: true);
        }
    }

    [Fact]
    public async Task A_build_waits_for_the_build_that_holds_the_cache()
    {
        using var site = await Built();
        site.Replace(Fuel, Summary, "en: A charge that follows the diesel price.");
        Task<Run> waiting;
        using (await CacheLock.TakeAsync(site.CacheFolder, CancellationToken.None))
        {
            waiting = site.Build();
            await Task.Delay(500);
            Assert.False(waiting.IsCompleted, "the build did not wait for the lock");
        }

        var run = await waiting;
        Assert.Equal(0, run.Code);
        Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task No_cache_builds_cold_and_leaves_a_cache_the_next_build_uses()
    {
        using var site = await Built();
        var tree = site.OutputTree();

        Assert.Equal("cold build: --no-cache", (await site.Build("--no-cache")).Mode);
        Assert.Empty(Repo.Diff(tree, site.OutputTree()));
        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_build_with_nothing_to_do_removes_the_staging_folder_a_killed_build_left()
    {
        using var site = await Built();
        // A process id no live process has (Linux pids stay below 2^22).
        var left = Path.Combine(Path.GetDirectoryName(site.Output)!, $".output.staging-{int.MaxValue}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path.Combine(left, "en"));
        File.WriteAllText(Path.Combine(left, "en", "index.html"), "half written");

        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);
        Assert.False(Directory.Exists(left));
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
            File.SetLastWriteTimeUtc(target, File.GetLastWriteTimeUtc(file));
        }
    }

    private static async Task<CachedSite> Built()
    {
        var site = CachedSite.Sample();
        var run = await site.Build();
        Assert.True(run.Code == 0, run.Err);
        return site;
    }
}
