using Phrasebook.Build;
using Phrasebook.Preview.Rebuilding;

namespace Phrasebook.Tests.Preview;

/// <summary>An incremental rebuild must give exactly the files a full build of the same content gives.</summary>
public sealed class IncrementalRebuildTests
{
    private const string Term = "input/industries/logistics/fuel-surcharge.yml";

    public static TheoryData<string, string, string> Edits => new()
    {
        // name, text replaced, replacement
        { "summary", "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price." },
        { "new term link", "The fuel surcharge is a percentage of the", "It is like the [cash on delivery fee](term:cod-fee), a percentage of the" },
        { "role text and role dropped", "  purchaser:\n    nb: Satsen er ikke en del av fastprisen i avtalen. Be om et tak på tillegget hvis du trenger forutsigbare kostnader.\n    sv: Satsen ingår inte i det fasta priset i avtalet. Be om ett tak för tillägget om du behöver förutsägbara kostnader.\n    en: The rate is not part of the fixed price in your agreement. Ask for a cap on the surcharge if you need predictable costs.\n", "" },
        { "process and related changed", "related: [freight-charge, environmental-surcharge]\nprocesses: [invoicing]", "related: [freight-charge, cod-fee]\nprocesses: [delivery]" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_term_edit_renders_only_affected_pages_and_matches_a_full_build(string name, string from, string to)
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, first) = await BuiltOnce(site);
        Edit(site, Term, from, to);
        var outcome = await rebuilder.RebuildAsync([Term], CancellationToken.None);

        Assert.True(outcome.Succeeded, name + ": " + string.Join('\n', outcome.Errors));
        Assert.Equal("incremental", outcome.Kind);
        Assert.InRange(outcome.PagesRendered, 1, first.PagesRendered / 2);
        Assert.Contains("en/terms/fuel-surcharge/index.html", outcome.ChangedFiles);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task The_edited_terms_own_pages_come_first_and_the_pages_depending_on_them_follow()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        Edit(site, Term, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");

        var steps = new List<(RebuildOutcome Outcome, string Page, bool RolePageStale)>();
        var last = await rebuilder.RebuildAsync([Term], CancellationToken.None, early => steps.Add((
            early,
            rebuilder.Current.Files["en/terms/fuel-surcharge/index.html"].Text,
            !rebuilder.Current.Files["en/roles/finance/index.html"].Text.Contains("A charge that follows the diesel price.", StringComparison.Ordinal))));

        var (first, page, roleStale) = Assert.Single(steps);
        Assert.True(first.MoreToCome);
        Assert.Equal(["en/codes/baf/index.html", "en/codes/fsc/index.html", "en/terms/fuel-surcharge/index.html"], first.ChangedFiles);
        Assert.Contains("A charge that follows the diesel price.", page, StringComparison.Ordinal);
        Assert.True(roleStale, "the role page waits for the second step");
        Assert.Equal(first.Version + 1, last.Version);
        Assert.False(last.MoreToCome);
        Assert.DoesNotContain("en/terms/fuel-surcharge/index.html", last.ChangedFiles);
        Assert.Contains("en/industries/logistics/index.html", last.ChangedFiles);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task A_term_on_a_later_page_of_a_role_phrasebook_changes_that_page()
    {
        // The sample's RolePageSize (20) puts "Lagerförsäkring" on the second page of each Swedish role phrasebook.
        const string insurance = "input/industries/warehousing/warehouse-insurance.yml";
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        Edit(site, insurance, "sv: En försäkring som täcker hela värdet", "sv: En försäkring för hela värdet");
        var outcome = await rebuilder.RebuildAsync([insurance], CancellationToken.None);

        Assert.Equal("incremental", outcome.Kind);
        Assert.Contains("sv/roles/finance/page/2/index.html", outcome.ChangedFiles);
        Assert.Contains("sv/roles/user/page/2/index.html", outcome.ChangedFiles);
        Assert.Contains("sv/roles/finance/print/index.html", outcome.ChangedFiles); // the whole phrasebook holds every term
        Assert.DoesNotContain(outcome.ChangedFiles, f => f.StartsWith("sv/roles/", StringComparison.Ordinal) && !f.Contains("/page/2/", StringComparison.Ordinal) && !f.EndsWith("/print/index.html", StringComparison.Ordinal));
        Assert.Contains("En försäkring för hela värdet", rebuilder.Current.Files["sv/roles/finance/page/2/index.html"].Text, StringComparison.Ordinal);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task A_text_edit_in_one_language_rebuilds_that_languages_search_files_alone()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        var before = rebuilder.Current.Files;
        Edit(site, Term, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        var outcome = await rebuilder.RebuildAsync([Term], CancellationToken.None);

        Assert.Equal("incremental", outcome.Kind);
        Assert.Contains("search/en/text.json", outcome.ChangedFiles);
        Assert.Contains("search/en/docs.json", outcome.ChangedFiles);
        Assert.All(SearchFiles("nb", "sv"), path => Assert.Same(before[path], rebuilder.Current.Files[path]));
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task A_default_language_edit_rebuilds_the_search_files_of_a_language_falling_back_to_it()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        Edit(site, Term, "  sv: Ett tillägg på frakten som följer priset på diesel.\n", "");
        Assert.Equal("incremental", (await rebuilder.RebuildAsync([Term], CancellationToken.None)).Kind);
        var before = rebuilder.Current.Files;

        Edit(site, Term, "nb: Et tillegg på frakten som følger prisen på diesel.", "nb: Et tillegg som følger dieselprisen.");
        var outcome = await rebuilder.RebuildAsync([Term], CancellationToken.None);

        Assert.Equal("incremental", outcome.Kind);
        Assert.Contains("search/nb/text.json", outcome.ChangedFiles);
        Assert.Contains("search/sv/text.json", outcome.ChangedFiles);
        Assert.Contains("Et tillegg som følger dieselprisen.", rebuilder.Current.Files["search/sv/docs.json"].Text, StringComparison.Ordinal);
        Assert.All(SearchFiles("en"), path => Assert.Same(before[path], rebuilder.Current.Files[path]));
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task A_renamed_term_title_falls_back_to_a_full_rebuild()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        Edit(site, Term, "en: Fuel surcharge", "en: Diesel surcharge");
        var outcome = await rebuilder.RebuildAsync([Term], CancellationToken.None);
        Assert.Equal("full", outcome.Kind);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task Edits_made_while_there_were_errors_are_built_when_the_error_is_fixed()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        const string other = "input/industries/logistics/cod-fee.yml";
        Edit(site, other, "related: [freight-charge, admin-fee]", "related: [freight-charge, admin-fee]\nsumary: x");
        Assert.False((await rebuilder.RebuildAsync([other], CancellationToken.None)).Succeeded);
        Edit(site, Term, "en: An extra charge on the freight", "en: A charge on the freight");
        Assert.False((await rebuilder.RebuildAsync([Term], CancellationToken.None)).Succeeded);

        Edit(site, other, "\nsumary: x", "");
        var fixedUp = await rebuilder.RebuildAsync([other], CancellationToken.None);
        Assert.True(fixedUp.Succeeded);
        Assert.Equal("incremental", fixedUp.Kind);
        Assert.Contains("en/terms/fuel-surcharge/index.html", fixedUp.ChangedFiles);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    [Fact]
    public async Task After_a_watcher_overflow_the_edits_it_lost_are_found_by_a_full_scan()
    {
        using var site = Repo.CopySample("phrasebook-incremental-");
        var (rebuilder, _) = await BuiltOnce(site);
        Edit(site, Term, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        Assert.Equal("incremental", (await rebuilder.RebuildAsync([Term], CancellationToken.None)).Kind);

        // The watcher's buffer overflowed: it could not say that cod-fee.yml changed.
        const string other = "input/industries/logistics/cod-fee.yml";
        Edit(site, other, "en: A fee for the driver collecting payment", "en: A fee for collecting payment");
        var outcome = await rebuilder.RebuildAsync([Phrasebook.Preview.Watching.SiteWatcher.Unknown], CancellationToken.None);

        Assert.Equal("full", outcome.Kind);
        Assert.Contains("en/terms/cod-fee/index.html", outcome.ChangedFiles);
        Assert.Empty(Differences(await FullBuild(site.Root), rebuilder.Current.Files));
    }

    private static async Task<(SiteRebuilder Rebuilder, RebuildOutcome First)> BuiltOnce(TempSite site)
    {
        var rebuilder = new SiteRebuilder(site.Root, 2);
        var first = await rebuilder.RebuildAsync([], CancellationToken.None);
        Assert.Equal("full", first.Kind);
        return (rebuilder, first);
    }

    private static IEnumerable<string> SearchFiles(params string[] languages) =>
        from lang in languages
        from path in new[] { Phrasebook.Search.Files.SearchFiles.IndexPath(lang), Phrasebook.Search.Files.SearchFiles.DocsPath(lang), Phrasebook.Search.Files.SearchFiles.TextPath(lang) }
        select path;

    private static void Edit(TempSite site, string path, string from, string to)
    {
        var text = site.Read(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }

    private static async Task<Dictionary<string, string>> FullBuild(string root)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = root, DryRun = true, MaxParallelism = 2 });
        Assert.True(result.Succeeded);
        return result.Engine!.Outputs.Where(p => p.Key != PipelineNames.Permalinks).SelectMany(p => p.Value).ToDictionary(d => d.Destination, d => Convert.ToHexString(d.Bytes.Span), StringComparer.Ordinal);
    }

    private static List<string> Differences(Dictionary<string, string> full, IReadOnlyDictionary<string, Engine.Documents.Document> preview)
    {
        var differences = full.Where(f => !preview.TryGetValue(f.Key, out var d) || Convert.ToHexString(d.Bytes.Span) != f.Value).Select(f => f.Key).ToList();
        differences.AddRange(preview.Keys.Where(k => !full.ContainsKey(k)).Select(k => "extra: " + k));
        return differences;
    }
}
