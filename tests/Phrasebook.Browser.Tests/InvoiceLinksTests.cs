using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>Issue 26: "explain my invoice" is linked where a reader with an invoice is, and retired codes are on the codes list.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class InvoiceLinksTests(SampleSite site)
{
    [Theory]
    [InlineData("/nb/")]
    [InlineData("/nb/terms/")]
    [InlineData("/sv/codes/")]
    [InlineData("/en/codes/fsc/")]
    [InlineData("/nb/terms/fuel-surcharge/")]
    [InlineData("/nb/processes/invoicing/")]
    [InlineData("/en/search/?q=diesel")]
    public async Task Every_page_links_to_it_in_its_navigation(string path)
    {
        await using var browser = await site.OpenAsync(path);
        var lang = path.Split('/')[1];
        var link = browser.Page.Locator($".site-nav a[href='/{lang}/invoice/']");
        await Expect(link).ToHaveCountAsync(1);
        await link.ClickAsync();
        await Expect(browser.Page).ToHaveURLAsync(new Uri(site.Address, $"/{lang}/invoice/").ToString());
        await Expect(browser.Page.Locator(".site-nav a[aria-current=page]")).ToHaveAttributeAsync("href", $"/{lang}/invoice/");
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData("/nb/", "main .shortcut a[href='/nb/invoice/']")]
    [InlineData("/nb/codes/", "main .invoice-cta a[href='/nb/invoice/']")]
    [InlineData("/sv/codes/frt/", "main .invoice-cta a[href='/sv/invoice/']")]
    [InlineData("/nb/codes/dsl/", "main .invoice-cta a[href='/nb/invoice/']")]
    [InlineData("/en/processes/invoicing/", "main .invoice-cta a[href='/en/invoice/']")]
    public async Task The_home_page_code_pages_codes_list_and_invoice_processes_offer_it(string path, string selector)
    {
        await using var browser = await site.OpenAsync(path);
        await Expect(browser.Page.Locator(selector)).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_codes_list_shows_each_retired_code_with_what_replaced_it()
    {
        var retired = site.CodesJson().GetProperty("retired_codes").EnumerateArray().ToList();
        Assert.NotEmpty(retired);
        await using var browser = await site.OpenAsync("/en/codes/");
        var items = browser.Page.Locator(".codes-retired li");
        await Expect(items).ToHaveCountAsync(retired.Count);
        foreach (var code in retired)
        {
            var item = browser.Page.Locator($"#code-{code.GetProperty("slug").GetString()}");
            await Expect(item).ToContainTextAsync("is no longer printed on our invoices");
            await Expect(item.Locator($"a[href='/en/codes/{code.GetProperty("slug").GetString()}/']")).ToHaveCountAsync(1);
            await Expect(item.Locator($"a[href='/en/terms/{code.GetProperty("term_id").GetString()}/']")).ToHaveTextAsync(code.GetProperty("term").GetProperty("en").GetString()!);
            foreach (var by in code.GetProperty("replaced_by").EnumerateArray())
            {
                await Expect(item.Locator("code", new() { HasTextString = by.GetString()! })).ToHaveCountAsync(1);
            }
        }
    }
}
