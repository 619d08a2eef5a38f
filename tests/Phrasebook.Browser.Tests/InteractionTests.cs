using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>Loading on the first interaction, the keyboard, closing, and input lunr's query syntax would choke on.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class InteractionTests(SampleSite site)
{
    private static bool IsSearchDownload(string url) =>
        url.Contains("/search/lunr/", StringComparison.Ordinal) || url.EndsWith("/index.json", StringComparison.Ordinal) || url.EndsWith("/docs.json", StringComparison.Ordinal);

    /// <summary>The URL is what these tests check; waiting for every resource of the next page to load only adds a chance to time out.</summary>
    private static readonly PageWaitForURLOptions Navigated = new() { WaitUntil = WaitUntilState.Commit };

    [Fact]
    public async Task Nothing_of_the_search_is_downloaded_before_the_first_interaction()
    {
        await using var browser = await site.OpenAsync("/nb/terms/fuel-surcharge/");
        var page = browser.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Contains(browser.Requests, u => u.EndsWith("/theme/search.js", StringComparison.Ordinal));
        Assert.DoesNotContain(browser.Requests, IsSearchDownload);
        Assert.False(await page.EvaluateAsync<bool>("() => 'lunr' in window"));

        var index = page.WaitForRequestAsync(r => r.Url.EndsWith("/search/nb/index.json", StringComparison.Ordinal));
        await page.FocusAsync(SearchBox.Header);
        await index;
        await page.WaitForFunctionAsync("() => window.lunr && lunr.no && lunr.Pipeline.registeredFunctions['stemmer-no']");

        var downloads = browser.Requests.Where(IsSearchDownload).Select(u => new Uri(u).AbsolutePath).ToList();
        Assert.Equal(
            ["/search/lunr/lunr.min.js", "/search/lunr/lunr.no.min.js", "/search/lunr/lunr.stemmer.support.min.js", "/search/nb/docs.json", "/search/nb/index.json"],
            downloads.Order(StringComparer.Ordinal));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_box_is_a_combobox_that_controls_a_listbox()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);
        await Expect(box.Input).ToHaveAttributeAsync("role", "combobox");
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box.Input).ToHaveAttributeAsync("aria-autocomplete", "list");

        await box.TypeAsync("frakt");

        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "true");
        var listboxId = await box.Listbox.GetAttributeAsync("id");
        await Expect(box.Input).ToHaveAttributeAsync("aria-controls", listboxId!);
        await Expect(box.Listbox).ToBeVisibleAsync();
        await Expect(box.Listbox).ToHaveAccessibleNameAsync("Forslag");
    }

    [Fact]
    public async Task Arrow_keys_move_the_active_option_and_Enter_opens_it()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var page = browser.Page;
        var box = new SearchBox(page, SearchBox.Header);
        await box.TypeAsync("tillegg", keyByKey: true);
        var hrefs = await box.HrefsAsync();

        await box.Input.PressAsync("ArrowDown");
        var first = box.Options.Nth(0);
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box.Input).ToHaveAttributeAsync("aria-activedescendant", (await first.GetAttributeAsync("id"))!);
        await Expect(box.Input).ToBeFocusedAsync();

        await box.Input.PressAsync("ArrowDown");
        await Expect(box.Options.Nth(1)).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(first).ToHaveAttributeAsync("aria-selected", "false");
        await box.Input.PressAsync("ArrowUp");
        await Expect(first).ToHaveAttributeAsync("aria-selected", "true");
        await Expect(box.Listbox.Locator("[aria-selected=true]")).ToHaveCountAsync(1);

        await box.Input.PressAsync("Enter");
        await page.WaitForURLAsync(new Uri(site.Address, hrefs[0]).ToString(), Navigated);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Enter_without_an_active_option_goes_to_the_search_page()
    {
        await using var browser = await site.OpenAsync("/sv/terms/");
        var page = browser.Page;
        var box = new SearchBox(page, SearchBox.Header);
        await box.TypeAsync("frakt");

        await box.Input.PressAsync("Enter");

        await page.WaitForURLAsync(new Uri(site.Address, "/sv/search/?q=frakt").ToString(), Navigated);
        await Expect(page.Locator("[data-search-results] .search-result").First.Locator("a")).ToHaveAttributeAsync("href", "/sv/terms/freight-charge/");
    }

    [Fact]
    public async Task Escape_closes_and_a_second_Escape_clears()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);
        await box.TypeAsync("frakt");
        await box.Input.PressAsync("ArrowDown");

        await box.Input.PressAsync("Escape");
        await Expect(box.Popup).ToBeHiddenAsync();
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");
        await Expect(box.Input).Not.ToHaveAttributeAsync("aria-activedescendant", new System.Text.RegularExpressions.Regex("."));
        await Expect(box.Input).ToHaveValueAsync("frakt");

        await box.Input.PressAsync("ArrowDown");
        await Expect(box.Popup).ToBeVisibleAsync();
        await Expect(box.Options.First).ToHaveAttributeAsync("aria-selected", "true");

        await box.Input.PressAsync("Escape");
        await box.Input.PressAsync("Escape");
        await Expect(box.Input).ToHaveValueAsync("");
        await Expect(box.Popup).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Clicking_outside_closes_and_clicking_a_suggestion_opens_it()
    {
        await using var browser = await site.OpenAsync("/en/terms/");
        var page = browser.Page;
        var box = new SearchBox(page, SearchBox.Header);
        await box.TypeAsync("fuel");

        await page.Locator("main h1").ClickAsync();
        await Expect(box.Popup).ToBeHiddenAsync();

        await box.TypeAsync("fuel surcharge");
        await box.Options.First.ClickAsync();
        await page.WaitForURLAsync(new Uri(site.Address, "/en/terms/fuel-surcharge/").ToString(), Navigated);
    }

    [Fact]
    public async Task Query_syntax_characters_never_throw()
    {
        string[] queries = ["fsc:", "*", "~", "^2", "frakt^2", "+frakt -brev", "fra*kt~1", "title:frakt", "\"(\\[{", "a**", "-", "<img src=x onerror=alert(1)>"];
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        foreach (var query in queries)
        {
            await box.TypeAsync(query);
        }

        await box.TypeAsync("fsc:");
        Assert.Equal("/nb/codes/fsc/", (await box.HrefsAsync())[0]);
        await box.TypeAsync("frakt^2");
        Assert.Equal("/nb/terms/freight-charge/", (await box.HrefsAsync())[0]);
        await box.Input.FillAsync("");
        await box.Input.PressSequentiallyAsync("^~*:+ fsc");
        await Expect(box.Popup).ToHaveAttributeAsync("data-query", "^~*:+ fsc");
        Assert.Empty(await browser.Page.Locator(".search-popup img").AllAsync());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_failed_download_says_so_and_the_next_keystroke_tries_again()
    {
        await using var browser = await site.OpenAsync("/en/terms/");
        var page = browser.Page;
        await page.RouteAsync("**/search/en/index.json", route => route.AbortAsync());
        var box = new SearchBox(page, SearchBox.Header);

        await box.TypeAsync("waybill");
        await Expect(box.Popup.Locator(".search-popup-note")).ToHaveTextAsync("Search could not be loaded. Check your connection and try again.");
        await Expect(box.Input).ToHaveAttributeAsync("aria-expanded", "false");

        await page.UnrouteAllAsync();
        await box.TypeAsync("waybills");
        Assert.Equal("/en/terms/waybill/", (await box.HrefsAsync())[0]);
        Assert.DoesNotContain(browser.Errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }

    [Fact]
    public async Task On_a_phone_the_suggestions_fit_the_screen()
    {
        await using var browser = await site.OpenAsync("/sv/terms/");
        var page = browser.Page;
        await page.SetViewportSizeAsync(360, 740);
        var box = new SearchBox(page, SearchBox.Header);

        await box.TypeAsync("frakt");

        var popup = await box.Popup.BoundingBoxAsync();
        Assert.NotNull(popup);
        Assert.InRange(popup.X, 0, 360);
        Assert.InRange(popup.X + popup.Width, 0, 360);
        Assert.True(popup.Width > 300, $"width {popup.Width}");
        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"));
    }
}
