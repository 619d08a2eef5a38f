using Phrasebook.Build;
using Phrasebook.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Permalinks;

/// <summary>
/// The permalink guard (PB029) and the link check (PB023) report beside content errors that leave the
/// model whole, so one run shows every mistake; after an error that loses a file or a term they stay quiet
/// (they would report what is missing only because of it), and nothing is written either way.
/// </summary>
public sealed class AllErrorsInOneRunTests
{
    private const string Vat = "input/industries/logistics/vat.yml";
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";

    [Fact]
    public async Task A_renamed_term_and_an_unrelated_bad_date_are_reported_in_one_run()
    {
        using var site = Repo.CopySample();
        site.Write("permalinks.txt", File.ReadAllText(Path.Combine(Repo.Root, "permalinks.txt")));
        site.Write(Vat, site.Read(Vat).Replace("id: vat", "id: value-added-tax", StringComparison.Ordinal));
        site.Write(Fuel, site.Read(Fuel).Replace("date: 2025-04-01", "date: 2025-13-01", StringComparison.Ordinal));
        var before = Repo.HashTree(site.Root);

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });

        Assert.False(result.Succeeded);
        DiagnosticAssert.At(result.Diagnostics, Codes.InvalidDate, Fuel, 60, 11);
        Assert.True(result.Diagnostics.Any(d => d.Code == Codes.PermalinkLost && d.Message.Contains("/nb/terms/vat/", StringComparison.Ordinal)), string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.Equal(3, result.Diagnostics.Count(d => d.Code == Codes.PermalinkLost && d.Message.Contains("/terms/vat/", StringComparison.Ordinal)));
        Assert.Empty(Repo.Diff(before, Repo.HashTree(site.Root)));
    }

    [Fact]
    public async Task A_broken_address_link_is_reported_beside_an_unknown_key()
    {
        using var site = new SiteFixture();
        site.Write("input/pages/about.nb.md", "---\ntitle: Om\n---\nSe [prisene](/nb/priser/).\n");
        site.WriteTerm("vat.yml", SiteFixture.Vat + "\nabreviation: MVA\n");

        var result = await site.BuildAsync();

        DiagnosticAssert.One(result.Diagnostics, Codes.UnknownKey, Vat, 9, 1);
        DiagnosticAssert.One(result.Diagnostics, Codes.BrokenLink, "input/pages/about.nb.md", 4, 14, message: "The page /en/about/index.html links to '/nb/priser/': the build writes no such page or file.");
        Assert.False(Directory.Exists(site.PathOf("output")));
    }

    [Fact]
    public async Task After_a_file_that_cannot_be_parsed_neither_the_guard_nor_other_files_report_what_it_defines()
    {
        using var site = Repo.CopySample();
        site.Write("permalinks.txt", File.ReadAllText(Path.Combine(Repo.Root, "permalinks.txt")));
        site.Write(Vat, site.Read(Vat).Replace("  nb: Merverdiavgift", "  nb: Merverdiavgift: moms", StringComparison.Ordinal));

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2, DryRun = true });

        DiagnosticAssert.One(result.Diagnostics, Codes.YamlSyntax, Vat, 4, 21);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code == Codes.PermalinkLost);

        // Nor does anyone else report the id and codes vat.yml defines (related: [vat], code:MOMS 25% links):
        // the unquoted colon is one mistake with one message.
        Assert.Single(result.Diagnostics, d => d.IsError);
    }
}
