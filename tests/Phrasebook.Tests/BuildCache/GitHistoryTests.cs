using Phrasebook.Tests.History;

namespace Phrasebook.Tests.BuildCache;

/// <summary>
/// The pages show git dates ("last updated", the sitemap's lastmod, the role phrasebooks' dates): a commit moves
/// them without changing any file. The cache notices, as CI sees it (every pull request is a new commit).
/// </summary>
public sealed class GitHistoryTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";

    [Fact]
    public async Task A_committed_term_edit_is_incremental_and_its_new_dates_match_a_cold_build()
    {
        using var site = Repository();
        Assert.StartsWith("cold build:", (await site.Build()).Mode, StringComparison.Ordinal);

        site.Replace(Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        GitDatesTests.Git(site.Root, "2025-05-06T09:00:00+02:00", "commit", "-q", "-a", "-m", "Shorter summary");
        await AnIncrementalBuildMatchesACold(site);
        Assert.Contains("<lastmod>2025-05-06</lastmod>", File.ReadAllText(Path.Combine(site.Output, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_edit_not_committed_yet_keeps_the_dates_of_the_last_build()
    {
        // HEAD has not moved, so the incremental build takes the dates the cache kept instead of reading the log again;
        // the edited file's pages still show the date of its last commit, with its edit link into the repository.
        using var site = Repository();
        GitDatesTests.Git(site.Root, "2025-03-04T09:00:00+01:00", "commit", "-q", "--allow-empty", "-m", "Later");
        Assert.StartsWith("cold build:", (await site.Build()).Mode, StringComparison.Ordinal);
        site.Replace(Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        await AnIncrementalBuildMatchesACold(site);
        Assert.Contains("2025-01-02", File.ReadAllText(Path.Combine(site.Output, "en/terms/fuel-surcharge/index.html")), StringComparison.Ordinal);
    }

    /// <summary>The next build of <paramref name="site"/> is incremental and writes and says what a cold build of its sources does.</summary>
    private static async Task AnIncrementalBuildMatchesACold(CachedSite site)
    {
        var run = await site.Build();
        using var cold = CachedSite.SourcesOf(site);
        var reference = await cold.Build();
        Assert.True(run.Code == 0, run.Err);
        Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);
        Assert.Empty(Phrasebook.Testing.Repo.Diff(cold.OutputTree(), site.OutputTree()));
        Assert.Equal(reference.Diagnostics, run.Diagnostics);
    }

    [Fact]
    public async Task A_commit_that_changes_no_date_changes_nothing_and_one_that_dates_a_process_anew_builds_cold()
    {
        using var site = Repository();
        await site.Build();

        GitDatesTests.Git(site.Root, "2025-05-06T09:00:00+02:00", "commit", "-q", "--allow-empty", "-m", "Nothing");
        Assert.StartsWith("no change:", (await site.Build()).Mode, StringComparison.Ordinal);

        // Built while the edit was not committed yet, then committed: the file is the same, its date is not.
        site.Replace("input/processes/delivery.en.md", "title: How collection and delivery work", "title: How we collect and deliver");
        Assert.StartsWith("cold build: input/processes/delivery.en.md changed", (await site.Build()).Mode, StringComparison.Ordinal);
        GitDatesTests.Git(site.Root, "2025-06-07T09:00:00+02:00", "commit", "-q", "-a", "-m", "New title");
        Assert.Equal("cold build: the git history of input/processes/delivery.en.md changed", (await site.Build()).Mode);

        using var cold = CachedSite.SourcesOf(site);
        await cold.Build();
        Assert.Empty(Phrasebook.Testing.Repo.Diff(cold.OutputTree(), site.OutputTree()));
    }

    private static CachedSite Repository()
    {
        var site = CachedSite.Sample();
        site.Write(".gitignore", "output/\n.output.*/\n.phrasebook/\n");
        GitDatesTests.Git(site.Root, "2025-01-02T10:00:00+01:00", "init", "-q", "-b", "main");
        GitDatesTests.Git(site.Root, "2025-01-02T10:00:00+01:00", "add", "-A");
        GitDatesTests.Git(site.Root, "2025-01-02T10:00:00+01:00", "commit", "-q", "-m", "First");
        return site;
    }
}
