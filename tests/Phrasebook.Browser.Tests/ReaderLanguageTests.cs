using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>Issue 26: the unknown-code page answers in the browser's language; the language switcher keeps the query and the fragment.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ReaderLanguageTests(SampleSite site)
{
    [Theory]
    [InlineData("en-GB", "en", "We do not know the code XYZ99", "/en/search/?q=XYZ99", "customer service")]
    [InlineData("sv-SE", "sv", "Vi känner inte igen koden XYZ99", "/sv/search/?q=XYZ99", "kundtjänst")]
    [InlineData("nb-NO", "nb", "Vi kjenner ikke koden XYZ99", "/nb/search/?q=XYZ99", "kundeservice")]
    public async Task An_unknown_code_is_answered_in_the_browsers_language(string locale, string lang, string title, string search, string contact)
    {
        await using var browser = await site.OpenAsync("/c/xyz99/", new BrowserNewContextOptions { Locale = locale });
        var page = browser.Page;
        await Expect(page.Locator("article.notfound-page")).ToHaveAttributeAsync("data-unknown-code", "XYZ99");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Expect(page.Locator("h1")).ToHaveTextAsync(title);
        await Expect(page.Locator(".unknown-code-search a")).ToHaveAttributeAsync("href", search);
        await Expect(page.Locator(".unknown-code-contact")).ToContainTextAsync(contact);
        await Expect(page.Locator("#notfound-q")).ToHaveValueAsync("XYZ99");
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, "/c/xyz99/").ToString());
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("status of 404", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/nb/invoice/?codes=FSC,ADM#top", "English", "/en/invoice/?codes=FSC%2CADM#top")]
    [InlineData("/nb/search/?q=diesel", "Svenska", "/sv/search/?q=diesel")]
    [InlineData("/sv/codes/frt/?code=FRT-03#role-finance", "English", "/en/codes/frt/?code=FRT-03#role-finance")]
    public async Task The_language_switcher_keeps_the_query_and_the_fragment(string from, string language, string to)
    {
        await using var browser = await site.OpenAsync(from);
        var page = browser.Page;
        await page.Locator(".lang-switch a", new() { HasTextString = language }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, to).ToString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task After_explaining_a_pasted_invoice_the_switcher_carries_the_codes_found()
    {
        await using var browser = await site.OpenAsync("/nb/invoice/");
        var page = browser.Page;
        await page.Locator("#invoice-codes").FillAsync("FSC   Drivstofftillegg   1   312,50   312,50\nADM   Adm.gebyr   1   150,00   150,00");
        await page.GetByRole(AriaRole.Button, new() { Name = "Forklar", Exact = true }).ClickAsync();
        await Expect(page.Locator(".invoice-item")).ToHaveCountAsync(2);
        await page.Locator(".lang-switch a", new() { HasTextString = "Svenska" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, "/sv/invoice/?codes=FSC%2CADM").ToString());
        await Expect(page.Locator(".invoice-item .invoice-item-summary").First).ToHaveTextAsync(site.Summary("fuel-surcharge", "sv"));
        Assert.Empty(browser.Errors);
    }
}
