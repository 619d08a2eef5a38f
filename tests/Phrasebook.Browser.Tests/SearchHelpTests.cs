using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// What search shows beyond terms: retired codes, processes and pages labelled as such, help after a
/// miss (close matches, where else to look, a prefilled message to the editors), and a box that says
/// so while the index loads.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchHelpTests(SampleSite site)
{
    [Fact]
    public async Task A_miss_in_the_box_offers_close_matches_the_lists_contact_and_the_editors()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("drivstofftileg");

        await Expect(box.Popup.Locator(".search-popup-note")).ToHaveTextAsync("Ingen treff for «drivstofftileg».");
        var hrefs = await box.HrefsAsync();
        Assert.Equal("/nb/terms/fuel-surcharge/", hrefs[0]);
        await Expect(box.Options.First).ToContainTextAsync("Mente du:");
        Assert.Contains("/nb/terms/", hrefs);
        Assert.Contains("/nb/codes/", hrefs);
        Assert.Contains("#footer-contact-heading", hrefs);
        var feedback = hrefs[^1];
        Assert.StartsWith("https://github.com/nordlys-frakt/phrasebook/issues/new?title=", feedback, StringComparison.Ordinal);
        var body = Uri.UnescapeDataString(feedback);
        Assert.Contains("«drivstofftileg»", body, StringComparison.Ordinal);
        Assert.Contains("Språk: nb", body, StringComparison.Ordinal);
        Assert.Contains("/nb/terms/", body, StringComparison.Ordinal);
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "true");

        // The help is reachable with the arrow keys like any suggestion.
        await box.Input.PressAsync("ArrowUp");
        await Expect(box.Options.Last).ToHaveAttributeAsync("aria-selected", "true");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_miss_on_the_search_page_shows_the_help_as_links()
    {
        await using var browser = await site.OpenAsync("/en/search/?q=" + Uri.EscapeDataString("consigment xyzzy"));
        var help = browser.Page.Locator("[data-search-results] .search-miss");

        await Expect(browser.Page.Locator("[data-search-status]")).ToHaveTextAsync("No results for “consigment xyzzy”.");
        await Expect(help.Locator(".search-did-you-mean a").First).ToHaveAttributeAsync("href", "/en/terms/waybill/");
        await Expect(help.Locator(".search-miss-links a")).ToHaveCountAsync(3);
        await Expect(help.Locator(".search-miss-links")).ToHaveTextAsync("Look it up in the A–Z list, in the list of invoice codes, or ask customer service.");
        var feedback = await help.Locator(".search-feedback a").GetAttributeAsync("href");
        Assert.StartsWith("https://github.com/nordlys-frakt/phrasebook/issues/new?title=", feedback, StringComparison.Ordinal);
        Assert.Contains(Uri.EscapeDataString("“consigment xyzzy”"), feedback, StringComparison.Ordinal);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_hostile_query_stays_text_in_the_help_and_the_message_to_the_editors()
    {
        const string attack = "<img src=x onerror=alert(1)>\"'&{subject}";
        await using var browser = await site.OpenAsync("/en/search/?q=" + Uri.EscapeDataString(attack));
        var dialogs = 0;
        browser.Page.Dialog += (_, dialog) => { dialogs++; _ = dialog.DismissAsync(); };
        var help = browser.Page.Locator("[data-search-results] .search-miss");

        await Expect(browser.Page.Locator("[data-search-status]")).ToHaveTextAsync($"No results for “{attack}”.");
        var feedback = await help.Locator(".search-feedback a").GetAttributeAsync("href");
        Assert.StartsWith("https://github.com/nordlys-frakt/phrasebook/issues/new?title=", feedback, StringComparison.Ordinal);
        Assert.DoesNotContain("<", feedback, StringComparison.Ordinal);
        Assert.Contains($"“{attack}”", Uri.UnescapeDataString(feedback!), StringComparison.Ordinal);
        Assert.Equal(0, await browser.Page.Locator("main img").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_retired_code_is_shown_as_retired_and_names_what_replaced_it()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        await box.TypeAsync("dsl");

        var first = box.Options.First;
        await Expect(first).ToHaveAttributeAsync("data-href", "/nb/codes/dsl/");
        await Expect(first.Locator(".search-result-kicker")).ToHaveTextAsync("Utgått fakturakode");
        await Expect(first.Locator(".search-result-summary")).ToHaveTextAsync("Erstattet av Drivstofftillegg");
    }

    [Fact]
    public async Task Codes_are_found_however_typed()
    {
        await using var browser = await site.OpenAsync("/sv/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        foreach (var (typed, href) in new[] { ("moms25", "/sv/codes/moms-25/"), ("F S C", "/sv/codes/fsc/"), ("fsc12", "/sv/codes/fsc/?code=FSC12"), ("elkjöl", "/sv/codes/el-kjol/") })
        {
            await box.TypeAsync(typed);
            Assert.Equal(href, (await box.HrefsAsync())[0]);
        }
    }

    [Fact]
    public async Task Processes_and_pages_are_found_and_labelled()
    {
        await using var browser = await site.OpenAsync("/nb/search/?q=" + Uri.EscapeDataString("lese fakturaen"));
        var first = browser.Page.Locator("[data-search-results] .search-result").First;

        await Expect(first.Locator("h2 a")).ToHaveAttributeAsync("href", "/nb/processes/invoicing/");
        await Expect(first.Locator(".search-result-kicker")).ToHaveTextAsync("Prosess");

        var box = new SearchBox(browser.Page, SearchBox.Header);
        await box.TypeAsync("om ordboken");
        Assert.Equal("/nb/about/", (await box.HrefsAsync())[0]);
        await Expect(box.Options.First.Locator(".search-result-kicker")).ToHaveTextAsync("Side");
    }

    [Fact]
    public async Task While_the_index_loads_the_box_says_so()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var page = browser.Page;
        var release = new TaskCompletionSource();
        await page.RouteAsync("**/search/nb/index.json", async route =>
        {
            await release.Task;
            await route.ContinueAsync();
        });
        var box = new SearchBox(page, SearchBox.Header);

        await box.Input.ClickAsync();
        await Expect(box.Input).ToHaveAttributeAsync("placeholder", "Laster søket …");
        await box.Input.FillAsync("frakt");
        await Expect(box.Popup.Locator(".search-popup-note")).ToHaveTextAsync("Laster søket …");
        await Expect(box.Popup).ToHaveAttributeAsync("data-loading", "true");
        await Expect(box.Input).ToHaveAttributeAsync("aria-busy", "true");

        release.SetResult();
        await Expect(box.Popup).ToHaveAttributeAsync("data-query", "frakt");
        await Expect(box.Options.First).ToHaveAttributeAsync("data-href", "/nb/terms/freight-charge/");
        await Expect(box.Popup).Not.ToHaveAttributeAsync("data-loading", "true");
        await Expect(box.Input).Not.ToHaveAttributeAsync("placeholder", "Laster søket …");
        Assert.Empty(browser.Errors);
    }
}
