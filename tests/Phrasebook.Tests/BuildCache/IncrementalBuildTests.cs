namespace Phrasebook.Tests.BuildCache;

/// <summary>
/// A build after an edit, with the cache of the build before it, must write exactly the files a cold build of the
/// same content writes, byte for byte, and report the same diagnostics; the mode it chose is the one expected.
/// </summary>
public sealed class IncrementalBuildTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";
    private const string Stocktaking = "input/industries/warehousing/stocktaking.yml";
    private const string Freight = "input/industries/logistics/freight-charge.yml";

    private static readonly Dictionary<string, (Action<CachedSite> Edit, string Mode)> Edits = new()
    {
        ["term text"] = (s => s.Replace(Fuel, "en: An extra charge on the freight that follows the price of diesel.", "en: A charge that follows the diesel price."), "incremental:"),
        // The fuel surcharge's finance text links the freight charge, with its summary as the tooltip: on the print page too.
        ["summary of a term another's role text links"] = (s => s.Replace(Freight, "en: What it costs to carry the goods from shipper to consignee.", "en: The price of carrying the goods to the consignee."), "incremental:"),
        ["term role text"] = (s => s.Replace(Fuel, "en: The surcharge follows the freight charge and has the same VAT rate.", "en: The surcharge has the freight charge's VAT rate."), "incremental:"),
        ["term related and process"] = (s => s.Replace(Fuel, "related: [freight-charge, environmental-surcharge]\nprocesses: [invoicing]", "related: [freight-charge, cod-fee]\nprocesses: [delivery]"), "incremental:"),
        ["term text in two files"] = (s =>
        {
            s.Replace(Fuel, "nb: Et tillegg på frakten som følger prisen på diesel.", "nb: Et tillegg som følger dieselprisen.");
            s.Replace(Stocktaking, "en: We count the goods in the warehouse and compare them with the stock system.", "en: We count the goods and compare them with the stock system.");
        }, "incremental:"),
        // The change log shows in each language's changes page and feed: one language's note changes that language's only.
        ["change note in one language"] = (s => s.Replace(Fuel, "sv: Det gamla [miljötillägget](term:environmental-surcharge) har slagits ihop med drivmedelstillägget.", "sv: Det gamla [miljötillägget](term:environmental-surcharge) ingår nu i drivmedelstillägget."), "incremental:"),
        ["change date"] = (s => s.Replace(Fuel, "  - date: 2025-04-01", "  - date: 2025-05-01"), "incremental:"),
        ["invoice code"] = (s => s.Replace(Stocktaking, "  codes: [TELL]", "  codes: [TELL, INV]"), "cold build:"),
        ["id rename"] = (s => s.Replace(Stocktaking, "id: stocktaking", "id: stock-count"), "cold build:"),
        ["term title"] = (s => s.Replace(Stocktaking, "en: Stocktaking", "en: Stock count"), "cold build:"),
        ["role"] = (s => s.Replace("input/roles.yml", "en: Purchaser", "en: Buyer"), "cold build:"),
        ["process"] = (s => s.Replace("input/processes/delivery.en.md", "title: How collection and delivery work", "title: How we collect and deliver"), "cold build:"),
        ["theme file"] = (s => s.Write("themes/default/partials/extra.liquid", "unused"), "cold build:"),
        ["theme layout"] = (s => s.Replace("themes/default/layouts/term.liquid", "</article>", "</article>\n<!-- edited -->"), "cold build:"),
        ["settings"] = (s => s.Replace("statiq.json", "\"RolePageSize\": 20", "\"RolePageSize\": 10"), "cold build:"),
        ["term deletion"] = (s => File.Delete(s.PathOf(Stocktaking)), "cold build:"),
        ["file added"] = (s => s.Write("input/industries/warehousing/stock-count.yml", s.Read(Stocktaking).Replace("id: stocktaking", "id: stock-count", StringComparison.Ordinal).Replace("TELL", "TELX", StringComparison.Ordinal)), "cold build:"),
        ["no change"] = (_ => { }, "no change:"),
    };

    public static TheoryData<string> EditNames => [.. Edits.Keys];

    [Theory]
    [MemberData(nameof(EditNames))]
    public async Task A_build_after_an_edit_writes_what_a_cold_build_writes(string name)
    {
        var (edit, mode) = Edits[name];
        using var site = CachedSite.Sample();
        var first = await site.Build();
        Assert.True(first.Code == 0, first.Err);
        Assert.StartsWith("cold build: no build cache yet", first.Mode, StringComparison.Ordinal);

        edit(site);
        var again = await site.Build();

        using var cold = CachedSite.Sample();
        edit(cold);
        var reference = await cold.Build();
        Assert.True(reference.Code == 0, reference.Err);
        Assert.True(again.Code == 0, again.Err);
        Assert.StartsWith(mode, again.Mode, StringComparison.Ordinal);
        Assert.Empty(Repo.Diff(cold.OutputTree(), site.OutputTree()));
        Assert.Equal(reference.Diagnostics, again.Diagnostics);
        Assert.NotEmpty(PageCounts(reference));
        Assert.Equal(PageCounts(reference), PageCounts(again)); // "  nb  120 pages", taken from the last build when its files are the same

        // And the build after that one, with nothing changed, writes nothing and says the same.
        var third = await site.Build();
        Assert.StartsWith("no change:", third.Mode, StringComparison.Ordinal);
        Assert.Equal(reference.Diagnostics, third.Diagnostics);
        Assert.Empty(Repo.Diff(cold.OutputTree(), site.OutputTree()));
    }

    private static string[] PageCounts(Run run) => [.. run.Out.Split('\n').Where(l => l.EndsWith(" pages", StringComparison.Ordinal))];

    [Fact]
    public async Task An_edit_of_the_default_language_changes_the_pages_of_a_language_falling_back_to_it()
    {
        // Only languages whose view of the term changed are rendered again; Swedish shows the Norwegian summary once it has none.
        Action<CachedSite> dropSwedish = s => s.Replace(Fuel, "  sv: Ett tillägg på frakten som följer priset på diesel.\n", "");
        Action<CachedSite> editNorwegian = s => s.Replace(Fuel, "nb: Et tillegg på frakten som følger prisen på diesel.", "nb: Et tillegg som følger dieselprisen.");
        using var site = CachedSite.Sample();
        await site.Build();
        dropSwedish(site);
        Assert.StartsWith("incremental:", (await site.Build()).Mode, StringComparison.Ordinal);
        editNorwegian(site);
        var run = await site.Build();

        using var cold = CachedSite.Sample();
        dropSwedish(cold);
        editNorwegian(cold);
        var reference = await cold.Build();
        Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);
        Assert.Contains("Et tillegg som følger dieselprisen.", File.ReadAllText(Path.Combine(site.Output, "sv/roles/finance/print/index.html")), StringComparison.Ordinal);
        Assert.Empty(Repo.Diff(cold.OutputTree(), site.OutputTree()));
        Assert.Equal(reference.Diagnostics, run.Diagnostics);
    }

    [Fact]
    public async Task Two_term_edits_in_a_row_on_a_generated_site_match_cold_builds()
    {
        using var site = CachedSite.Generated(120);
        Assert.Equal(0, (await site.Build()).Code);
        var terms = Directory.GetFiles(site.PathOf("input/industries"), "term-*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        var edits = new List<(string Path, string Text)>();
        foreach (var file in terms.Take(2))
        {
            var relative = Path.GetRelativePath(site.Root, file).Replace('\\', '/');
            var text = File.ReadAllText(file);
            var summary = text.IndexOf("\n  en: ", text.IndexOf("summary:", StringComparison.Ordinal), StringComparison.Ordinal);
            var end = text.IndexOf('\n', summary + 1);
            text = text[..summary] + "\n  en: \"An edited summary of this term.\"" + text[end..];
            edits.Add((relative, text));
            site.Write(relative, text);
            var run = await site.Build();
            Assert.True(run.Code == 0, run.Err);
            Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);

            using var cold = CachedSite.Generated(120);
            edits.ForEach(e => cold.Write(e.Path, e.Text));
            var reference = await cold.Build();
            Assert.Empty(Repo.Diff(cold.OutputTree(), site.OutputTree()));
            Assert.Equal(reference.Diagnostics, run.Diagnostics);
        }
    }

    [Fact]
    public async Task A_page_not_rendered_again_still_has_its_link_into_a_rendered_page_checked()
    {
        // The delivery process links to the last tooltip of a freight-charge mention on the finance phrasebook, which the
        // fuel surcharge's finance text makes. The edit removes that mention: the process page is not rendered again, but its
        // link now points to an id that is gone, and the incremental build must say so as a cold build does.
        const string Process = "input/processes/delivery.en.md";
        const string Mention = "en: The surcharge follows the freight charge and has the same VAT rate.";
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build()).Code);
        var tips = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(Path.Combine(site.Output, "en/roles/finance/index.html")), "aria-describedby=\"(tip-[0-9a-f]+)-([0-9]+)\"")
            .Where(m => File.ReadAllText(Path.Combine(site.Output, "en/roles/finance/index.html")).Contains($"href=\"/en/terms/freight-charge/\" class=\"term-link\" aria-describedby=\"{m.Groups[1].Value}-", StringComparison.Ordinal))
            .Select(m => (Id: m.Groups[1].Value, N: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .ToList();
        var last = $"{tips[0].Id}-{tips.Max(t => t.N)}";
        Action<CachedSite> link = s => s.Write(Process, s.Read(Process) + $"\nThe [finance view of the surcharges](/en/roles/finance/#{last}).\n");
        Action<CachedSite> edit = s => s.Replace(Fuel, Mention, "en: The surcharge has the same VAT rate.");
        link(site);
        Assert.Equal(0, (await site.Build()).Code);
        edit(site);
        var run = await site.Build();

        using var cold = CachedSite.Sample();
        link(cold);
        edit(cold);
        var reference = await cold.Build();
        Assert.StartsWith("incremental:", run.Mode, StringComparison.Ordinal);
        Assert.Contains(reference.Diagnostics, d => d.Contains("PB", StringComparison.Ordinal) && d.Contains($"#{last}", StringComparison.Ordinal));
        Assert.Equal(reference.Diagnostics, run.Diagnostics);
    }
}
