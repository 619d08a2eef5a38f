using Phrasebook.Content;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Preview;

/// <summary>
/// A load after <see cref="TermFileCache.Trust"/> looks only at the files a watcher named, and keeps the last
/// listing of input/ only when nothing named can have changed it: whatever it skips, it must load what a load
/// without the cache loads.
/// </summary>
public sealed class TermFileCacheTrustTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";
    private const string Cod = "input/industries/logistics/cod-fee.yml";

    [Fact]
    public void A_trusted_load_looks_at_the_named_file_alone_and_keeps_the_listing()
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        var cache = new TermFileCache();
        Assert.NotNull(ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache));

        Edit(site, Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        cache.Trust(new HashSet<string>([Fuel]));
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.False(cache.Scanned);
        Assert.Equal(1, cache.Checked);
        Assert.Equal(1, cache.Misses);
        Assert.Equal("A charge that follows the diesel price.", Summary(content, "fuel-surcharge"));
        AssertSameAsUncached(site, content);

        // The trust was for that load alone: the next one checks every file again.
        ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);
        Assert.True(cache.Scanned);
        Assert.True(cache.Checked > 1);
    }

    [Fact]
    public void A_file_written_twice_with_the_same_size_and_time_is_read_again_when_named()
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        var cache = new TermFileCache();
        ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);
        var written = File.GetLastWriteTimeUtc(site.PathOf(Fuel));

        // Same length, same time stamp (a coarse clock, or a tool that keeps times): only the bytes differ.
        Edit(site, Fuel, "follows the price of diesel.", "follows the price of petrol.");
        File.SetLastWriteTimeUtc(site.PathOf(Fuel), written);
        cache.Trust(new HashSet<string>([Fuel]));
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.Equal("An extra charge on the freight that follows the price of petrol.", Summary(content, "fuel-surcharge"));
    }

    public static TheoryData<string, string[]> ListingChanges => new()
    {
        // name, paths the watcher reported
        { "a term file in a new folder, the folder named", ["input/industries/logistics/more"] },
        { "a term file in a new folder, the file named", ["input/industries/logistics/more/cod-fee-extra.yml"] },
        { "a new term file beside the others", ["input/industries/logistics/cod-fee-extra.yml"] },
        { "a path with ..", ["input/industries/logistics/../logistics/more/cod-fee-extra.yml"] },
    };

    [Theory]
    [MemberData(nameof(ListingChanges))]
    public void A_named_path_that_is_new_or_not_plain_lists_input_again(string name, string[] reported)
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        var cache = new TermFileCache();
        ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        var path = reported[0].Contains("/more", StringComparison.Ordinal) ? "input/industries/logistics/more/cod-fee-extra.yml" : "input/industries/logistics/cod-fee-extra.yml";
        Directory.CreateDirectory(Path.GetDirectoryName(site.PathOf(path))!);
        site.Write(path, ExtraTerm(site));
        cache.Trust(reported.ToHashSet());
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.True(cache.Scanned, name);
        Assert.Contains(content!.Terms, t => t.Id == "cod-fee-extra");
        AssertSameAsUncached(site, content);
    }

    [Fact]
    public void A_folder_moved_out_of_input_drops_its_terms_though_the_watcher_named_the_folder_alone()
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        const string path = "input/industries/logistics/more/cod-fee-extra.yml";
        Directory.CreateDirectory(site.PathOf("input/industries/logistics/more"));
        site.Write(path, ExtraTerm(site));
        var cache = new TermFileCache();
        Assert.Contains(ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache)!.Terms, t => t.Id == "cod-fee-extra");

        // A move out of the watched folders is one event, for the folder; its files are never named.
        Directory.Move(site.PathOf("input/industries/logistics/more"), site.PathOf("more"));
        cache.Trust(new HashSet<string>(["input/industries/logistics/more"]));
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.True(cache.Scanned);
        Assert.DoesNotContain(content!.Terms, t => t.Id == "cod-fee-extra");
        AssertSameAsUncached(site, content);
    }

    [Fact]
    public void An_editors_temporary_file_that_is_gone_keeps_the_listing()
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        var cache = new TermFileCache();
        ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        // An atomic save: written to a temporary name, renamed over the term file (both names reported).
        Edit(site, Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price.");
        cache.Trust(new HashSet<string>([Fuel, "input/industries/logistics/fuel-surcharge.yml.tmp1234"]));
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.False(cache.Scanned);
        Assert.Equal("A charge that follows the diesel price.", Summary(content, "fuel-surcharge"));
    }

    [Fact]
    public void A_term_file_read_through_a_link_is_checked_though_the_watcher_names_nothing()
    {
        using var site = Repo.CopySample("phrasebook-trust-");

        // The link's target is inside the site but outside the watched folders: its edits are never reported.
        Directory.CreateDirectory(site.PathOf("shared"));
        File.Move(site.PathOf(Cod), site.PathOf("shared/cod-fee.yml"));
        File.CreateSymbolicLink(site.PathOf(Cod), site.PathOf("shared/cod-fee.yml"));
        var cache = new TermFileCache();
        Assert.NotNull(ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache));

        Edit(site, "shared/cod-fee.yml", "en: A fee for the driver collecting payment", "en: A fee for collecting payment");
        cache.Trust(new HashSet<string>([Fuel]));
        var content = ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

        Assert.StartsWith("A fee for collecting payment", Summary(content, "cod-fee"), StringComparison.Ordinal);
        AssertSameAsUncached(site, content);
    }

    [Fact]
    public void A_term_file_replaced_by_a_link_out_of_the_site_is_an_error_and_not_read()
    {
        using var site = Repo.CopySample("phrasebook-trust-");
        var outside = Directory.CreateTempSubdirectory("phrasebook-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.yml"), "id: secret\nsummary:\n  en: ghp_secret\n");
            var cache = new TermFileCache();
            ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);

            File.Delete(site.PathOf(Cod));
            File.CreateSymbolicLink(site.PathOf(Cod), Path.Combine(outside, "secret.yml"));
            cache.Trust(new HashSet<string>([Cod]));
            var diagnostics = new DiagnosticBag();
            Assert.Null(ContentLoader.Load(site.Root, diagnostics, 2, cache));

            var error = Assert.Single(diagnostics.ToSortedList(), d => d.IsError && d.Location.Path == Cod);
            Assert.Equal("PB030", error.Code);
            Assert.DoesNotContain(diagnostics.ToSortedList(), d => d.Message.Contains("ghp_secret", StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }

    /// <summary>The sample's cash-on-delivery term as a new term of its own: another id, code and title in every language.</summary>
    internal static string ExtraTerm(TempSite site) => site.Read(Cod)
        .Replace("id: cod-fee", "id: cod-fee-extra", StringComparison.Ordinal)
        .Replace("codes: [EKR]", "codes: [EKRX]", StringComparison.Ordinal)
        .Replace("EKR  Etterkravsgebyr", "EKRX  Etterkravsgebyr", StringComparison.Ordinal)
        .Replace("en: Cash on delivery fee", "en: Extra cash on delivery fee", StringComparison.Ordinal)
        .Replace("nb: Etterkravsgebyr", "nb: Ekstra etterkravsgebyr", StringComparison.Ordinal)
        .Replace("sv: Efterkravsavgift", "sv: Extra efterkravsavgift", StringComparison.Ordinal);

    private static string? Summary(SiteContent? content, string id) =>
        content!.Terms.Single(t => t.Id == id).Summary.Resolve("en", "nb")?.Value;

    /// <summary>The same terms, in the same order, with the same texts and diagnostics, as a load without a cache.</summary>
    private static void AssertSameAsUncached(TempSite site, SiteContent? content)
    {
        var expected = new DiagnosticBag();
        var uncached = ContentLoader.Load(site.Root, expected, 2);
        Assert.Equal(uncached is null, content is null);
        if (uncached is null || content is null)
        {
            return;
        }

        Assert.Equal(uncached.Terms.Select(Facts), content.Terms.Select(Facts));
    }

    private static string Facts(Term t) =>
        $"{t.Id} {t.SourcePath} {t.Industry} {string.Join('|', t.Summary.Values.Select(v => $"{v.Key}={v.Value.Value}"))} {string.Join('|', t.Title.Values.Select(v => $"{v.Key}={v.Value.Value}"))}";

    private static void Edit(TempSite site, string path, string from, string to)
    {
        var text = site.Read(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        site.Write(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
