using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>/{lang}/search/?q=: the full list, kept in step with the URL.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SearchPageTests(SampleSite site)
{
    [Fact]
    public async Task The_search_page_lists_the_results_for_q()
    {
        await using var browser = await site.OpenAsync("/nb/search/?q=frakt");
        var page = browser.Page;

        await Expect(page.Locator("#search-page-q")).ToHaveValueAsync("frakt");
        var results = page.Locator("[data-search-results] .search-result");
        await Expect(results.First.Locator("h2 a")).ToHaveAttributeAsync("href", "/nb/terms/freight-charge/");
        var count = await results.CountAsync();
        Assert.True(count > 8, $"{count} results");
        await Expect(page.Locator("[data-search-status]")).ToHaveTextAsync($"{count} treff");
        await Expect(page.Locator("[data-search-hint]")).ToBeHiddenAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Typing_on_the_search_page_updates_the_list_and_the_address()
    {
        await using var browser = await site.OpenAsync("/sv/search/");
        var page = browser.Page;
        await Expect(page.Locator("[data-search-hint]")).ToBeVisibleAsync();
        var input = page.Locator("#search-page-q");

        await input.ClickAsync();
        await input.PressSequentiallyAsync("moms 25%");

        var results = page.Locator("[data-search-results]");
        await Expect(results).ToHaveAttributeAsync("data-query", "moms 25%");
        await Expect(results.Locator(".search-result").First.Locator("h2 a")).ToHaveAttributeAsync("href", "/sv/codes/moms-25/");
        Assert.Equal("/sv/search/?q=moms%2025%25", new Uri(page.Url).PathAndQuery);

        await input.FillAsync("");
        await Expect(results.Locator(".search-result")).ToHaveCountAsync(0);
        Assert.Equal("/sv/search/", new Uri(page.Url).PathAndQuery);
    }

    [Fact]
    public async Task No_results_says_so()
    {
        await using var browser = await site.OpenAsync("/en/search/?q=xyzzyq");

        await Expect(browser.Page.Locator("[data-search-status]")).ToHaveTextAsync("No results for “xyzzyq”.");
        await Expect(browser.Page.Locator("[data-search-results] .search-result")).ToHaveCountAsync(0);
    }
}
