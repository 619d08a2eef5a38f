namespace Phrasebook.Tests.BuildCache;

/// <summary>`check` answers from the build cache what it can, with the diagnostics a check without the cache gives, and writes nothing.</summary>
public sealed class CheckWithCacheTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";

    public static TheoryData<string, string, string, string> Edits => new()
    {
        // name, text replaced, replacement, the mode check says
        { "no change", "", "", "check: no change" },
        { "term text", "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.", "check: incremental:" },
        { "broken link", "the [freight charge](term:freight-charge)", "the [freight charge](/en/terms/no-such-page/#nowhere)", "check: incremental:" },
        { "broken fragment", "the [freight charge](term:freight-charge)", "the [freight charge](/en/terms/freight-charge/#no-such-id)", "check: incremental:" },
        { "unknown reference", "related: [freight-charge, environmental-surcharge]", "related: [freight-charge, no-such-term]", "check: cold build: the content has errors" },
        { "title", "en: Fuel surcharge", "en: Fuel charge", "check: cold build:" },
    };

    [Theory]
    [MemberData(nameof(Edits))]
    public async Task A_check_with_the_cache_reports_what_a_check_without_it_reports(string name, string from, string to, string mode)
    {
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build()).Code);
        using var fresh = CachedSite.Sample();
        if (from.Length > 0)
        {
            site.Replace(Fuel, from, to);
            fresh.Replace(Fuel, from, to);
        }

        var cache = File.ReadAllBytes(site.StateFile);
        var tree = site.OutputTree();

        foreach (var format in new[] { "json", "human" })
        {
            var (code, output, error) = await Cli.Cli.Run("check", "--root", site.Root, "--format", format);
            var (freshCode, freshOutput, freshError) = await Cli.Cli.Run("check", "--root", fresh.Root, "--format", format);
            Assert.Equal((freshCode, freshOutput), (code, output));
            if (format == "human")
            {
                Assert.StartsWith(mode, error, StringComparison.Ordinal);
                Assert.Empty(freshError);
            }
        }

        Assert.False(Directory.Exists(fresh.CacheFolder), name + ": check wrote a cache");
        Assert.Equal(cache, File.ReadAllBytes(site.StateFile));
        Assert.Empty(Phrasebook.Testing.Repo.Diff(tree, site.OutputTree()));
    }
}
