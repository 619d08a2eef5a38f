namespace Phrasebook.Tests.BuildCache;

/// <summary>
/// Whether permalinks.txt lists every public URL (so `build --update-permalinks` with nothing changed has nothing to
/// do) is carried over by an incremental build that did not write the file: the same files are the same URLs, and a
/// change to permalinks.txt itself makes a cold build.
/// </summary>
public sealed class PermalinksCompleteTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";

    [Fact]
    public async Task A_complete_list_stays_complete_through_an_incremental_build()
    {
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build("--update-permalinks")).Code);
        EditTerm(site);
        Assert.StartsWith("incremental:", (await site.Build()).Mode, StringComparison.Ordinal);

        var update = await site.Build("--update-permalinks");
        Assert.StartsWith("no change:", update.Mode, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_incomplete_list_stays_incomplete_through_an_incremental_build()
    {
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build("--update-permalinks")).Code);
        var lines = site.Read("permalinks.txt").Split('\n');
        var dropped = lines.First(l => l.StartsWith('/'));
        site.Write("permalinks.txt", string.Join('\n', lines.Where(l => l != dropped)));
        Assert.StartsWith("cold build:", (await site.Build()).Mode, StringComparison.Ordinal);
        EditTerm(site);
        Assert.StartsWith("incremental:", (await site.Build()).Mode, StringComparison.Ordinal);

        var update = await site.Build("--update-permalinks");
        Assert.True(update.Code == 0, update.Err);
        Assert.DoesNotContain("no change:", update.Mode, StringComparison.Ordinal);
        Assert.Contains("permalinks.txt: 1 new URL(s) added.", update.Out, StringComparison.Ordinal);
        Assert.Contains(dropped, site.Read("permalinks.txt").Split('\n'));
    }

    private static void EditTerm(CachedSite site) =>
        site.Replace(Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
}
