using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>Typing into the header's search box on the built sample site: the first suggestion.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SuggestionTests(SampleSite site)
{
    /// <summary>Query → the first suggestion's page, per language (one page per language, the box refilled).</summary>
    public static readonly TheoryData<string, string[]> FirstResults = new()
    {
        {
            "nb",
            [
                "drivstofftillegget → /nb/terms/fuel-surcharge/",  // inflected form (stemmed exact clause)
                "fraktbrevet → /nb/terms/waybill/",
                "drivstoffpåslag → /nb/terms/fuel-surcharge/",      // customer word
                "LDM → /nb/terms/loading-metre/",                   // abbreviation
                "FSC → /nb/codes/fsc/",                             // invoice code typed exactly
                "MOMS 25% → /nb/codes/moms-25/",
                "drivstofftilegg → /nb/terms/fuel-surcharge/",      // one letter missing
                "fraktbr → /nb/terms/waybill/",                     // prefix while typing
            ]
        },
        {
            "sv",
            [
                "drivmedelstillägget → /sv/terms/fuel-surcharge/",
                "fraktsedeln → /sv/terms/waybill/",
                "bränsletillägg → /sv/terms/fuel-surcharge/",
                "CMR → /sv/terms/waybill/",
                "moms 25% → /sv/codes/moms-25/",
                "RÄNTA → /sv/codes/ranta/",
                "drivmedelstilägg → /sv/terms/fuel-surcharge/",
            ]
        },
        {
            "en",
            [
                "waybills → /en/terms/waybill/",
                "bunker surcharge → /en/terms/fuel-surcharge/",
                "ldm → /en/terms/loading-metre/",
                "adr/fg → /en/codes/adr-fg/",
                "waybil → /en/terms/waybill/",
                "tail lif → /en/terms/tail-lift/",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(FirstResults))]
    public async Task The_first_suggestion_is_the_expected_page(string lang, string[] cases)
    {
        await using var browser = await site.OpenAsync($"/{lang}/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);
        var failures = new List<string>();

        foreach (var c in cases)
        {
            var (query, expected) = (c.Split(" → ")[0], c.Split(" → ")[1]);
            await box.TypeAsync(query);
            var hrefs = await box.HrefsAsync();
            if (hrefs.Count == 0 || hrefs[0] != expected)
            {
                failures.Add($"'{query}': expected {expected} first, got [{string.Join(", ", hrefs)}]");
            }

            failures.AddRange(hrefs.Where(h => !h.StartsWith($"/{lang}/", StringComparison.Ordinal)).Select(h => $"'{query}': {h} is not in {lang}"));
        }

        Assert.Empty(failures);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_abbreviation_that_is_also_a_code_gives_the_code_page_then_the_term()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("BAF");

        var hrefs = await box.HrefsAsync();
        Assert.Equal(["/nb/codes/baf/", "/nb/terms/fuel-surcharge/"], hrefs.Take(2));
        await Expect(box.Options.First).ToContainTextAsync("BAF");
        await Expect(box.Options.First).ToContainTextAsync("Drivstofftillegg");
    }

    [Theory]
    [InlineData("nb", "tillegg", "Drivstofftillegg")]
    [InlineData("nb", "tillegg", "Ferjetillegg")]
    [InlineData("sv", "tillägg", "Drivmedelstillägg")]
    public async Task A_part_of_a_compound_finds_the_compound(string lang, string part, string compound)
    {
        await using var browser = await site.OpenAsync($"/{lang}/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync(part, keyByKey: true);

        await Expect(box.Options.Filter(new() { HasText = compound })).ToHaveCountAsync(1);
    }

    [Fact]
    public async Task A_suggestion_shows_the_summary_the_chosen_role_s_text_and_the_codes()
    {
        await using var browser = await site.OpenAsync("/nb/terms/", role: "purchaser");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("drivstofftillegg");

        var first = box.Options.First;
        await Expect(first.Locator(".search-result-title")).ToHaveTextAsync("DrivstofftilleggBAF");
        await Expect(first.Locator(".search-result-summary")).ToHaveTextAsync("Et tillegg på frakten som følger prisen på diesel.");
        await Expect(first.Locator(".search-result-role")).ToContainTextAsync("Innkjøper:");
        await Expect(first.Locator(".search-result-role")).ToContainTextAsync("Be om et tak på tillegget");
        await Expect(first.Locator(".search-result-codes code")).ToHaveTextAsync(["FSC", "BAF"]);
    }

    [Fact]
    public async Task Without_a_chosen_role_no_role_text_is_shown()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("drivstofftillegg");

        await Expect(box.Options.First.Locator(".search-result-summary")).ToBeVisibleAsync();
        await Expect(box.Options.First.Locator(".search-result-role")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_home_page_header_box_and_the_404_page_box_suggest_too()
    {
        await using (var home = await site.OpenAsync("/sv/"))
        {
            // The home page has its search box at the top, in the header, as every other page has.
            await Expect(home.Page.Locator("header.site-header form[role=search] #site-q")).ToBeVisibleAsync();
            var box = new SearchBox(home.Page, SearchBox.Header);
            await box.TypeAsync("FSC");
            Assert.Equal("/sv/codes/fsc/", (await box.HrefsAsync())[0]);
        }

        await using var missing = await site.OpenAsync("/no-such-page/");
        var notFound = new SearchBox(missing.Page, "#notfound-q");
        await notFound.TypeAsync("fraktbrev");
        Assert.Equal("/nb/terms/waybill/", (await notFound.HrefsAsync())[0]);
    }

    [Fact]
    public async Task At_most_eight_suggestions_and_one_leading_to_all_results()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("frakt");

        await Expect(box.Options).ToHaveCountAsync(9);
        var more = box.Options.Last;
        await Expect(more).ToHaveClassAsync("search-option search-option-more");
        await Expect(more).ToHaveAttributeAsync("data-href", "/nb/search/?q=frakt");
        await Expect(browser.Page.Locator("form:has(#site-q) [role=status]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+ treff$"));
    }
}
