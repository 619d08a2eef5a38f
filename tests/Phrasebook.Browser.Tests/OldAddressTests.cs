using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Addresses printed on old invoices keep working in a real browser (issue 9): a retired code's short
/// link lands on the page saying what replaced it, and a term's old id sends the reader on to the term.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class OldAddressTests(SampleSite site)
{
    private string Url(string path) => new Uri(site.Address, path).ToString();

    [Fact]
    public async Task A_retired_codes_short_link_opens_the_page_that_names_its_replacement()
    {
        await using var browser = await site.OpenAsync("/c/dsl/", new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url("/sv/codes/dsl/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Koden DSL används inte längre");
        await page.Locator(".notice a.code-term").ClickAsync();
        await Expect(page).ToHaveURLAsync(Url("/sv/terms/fuel-surcharge/"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_old_term_id_sends_the_reader_on_to_the_term()
    {
        await using var browser = await site.OpenAsync("/en/terms/diesel-surcharge/", new BrowserNewContextOptions { Locale = "en-GB" });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url("/en/terms/fuel-surcharge/"));
        await Expect(page.Locator("h1")).ToContainTextAsync("Fuel surcharge");
        Assert.Empty(browser.Errors);
    }
}
