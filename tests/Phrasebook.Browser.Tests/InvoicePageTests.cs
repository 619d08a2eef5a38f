using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>"Explain my invoice" (issue 4): /{lang}/invoice/?codes=…&amp;role=…, explained from codes.json.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class InvoicePageTests(SampleSite site)
{
    private JsonElement Code(string code) =>
        site.CodesJson().GetProperty("codes").EnumerateArray().First(c => c.GetProperty("code").GetString() == code);

    private static ILocator Items(IPage page) => page.Locator("[data-invoice-lines] .invoice-item");

    [Fact]
    public async Task The_example_link_explains_three_codes_in_the_order_given()
    {
        await using var browser = await site.OpenAsync("/nb/invoice/?codes=FSC,FRT-03,ADM&role=finance");
        var page = browser.Page;
        var items = Items(page);

        await Expect(items).ToHaveCountAsync(3);
        await Expect(items.Locator(".invoice-item-code")).ToHaveTextAsync(["FSC", "FRT-03", "ADM"]);
        await Expect(page.Locator("#invoice-codes")).ToHaveValueAsync("FSC, FRT-03, ADM");

        string[] termIds = ["fuel-surcharge", "freight-charge", "admin-fee"];
        string[] pages = ["/nb/codes/fsc/", "/nb/codes/frt/", "/nb/codes/adm/"];
        for (var i = 0; i < 3; i++)
        {
            var item = items.Nth(i);
            var entry = Code(pages[i].Split('/')[3].ToUpperInvariant());
            await Expect(item).ToHaveAttributeAsync("data-term-id", termIds[i]);
            await Expect(item.Locator(".invoice-item-term")).ToHaveTextAsync(entry.GetProperty("term").GetProperty("nb").GetString()!);
            await Expect(item.Locator(".invoice-item-summary")).ToHaveTextAsync(entry.GetProperty("summary").GetProperty("nb").GetString()!);
            await Expect(item.Locator(".invoice-item-role")).ToHaveAttributeAsync("data-role-text", "finance");
            await Expect(item.Locator(".invoice-item-role p")).ToHaveTextAsync(entry.GetProperty("roles").GetProperty("finance").GetProperty("nb").GetString()!);
        }

        // FRT-03 is not listed: the FRT family explains it, and says so.
        await Expect(items.Nth(1).Locator(".invoice-item-term")).ToHaveAttributeAsync("href", "/nb/codes/frt/?code=FRT-03");
        await Expect(items.Nth(1).Locator(".invoice-item-family")).ToHaveTextAsync("FRT-03 hører til familien FRT. Forklaringen gjelder også for den.");
        await Expect(items.Nth(0).Locator(".invoice-item-family")).ToHaveCountAsync(0);
        await Expect(page.Locator("[data-invoice-status]")).ToBeHiddenAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_role_from_the_link_shows_its_text_inline_and_no_role_shows_every_role()
    {
        await using var browser = await site.OpenAsync("/en/invoice/?codes=FSC&role=purchaser");
        var page = browser.Page;
        var item = Items(page).First;
        await Expect(item.Locator(".invoice-item-role")).ToHaveCountAsync(1);
        await Expect(item.Locator(".invoice-item-role h3")).ToHaveTextAsync("Purchaser");
        await Expect(item.Locator(".invoice-item-role p")).ToHaveTextAsync(Code("FSC").GetProperty("roles").GetProperty("purchaser").GetProperty("en").GetString()!);
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-role", "purchaser");

        await page.GotoAsync("/en/invoice/?codes=FSC&role=all");
        await Expect(Items(page)).ToHaveCountAsync(1);
        await Expect(page.Locator(".invoice-item-role h3")).ToHaveTextAsync(["Finance and accounts payable", "Purchaser", "Shipper and consignee"]);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_unknown_code_is_listed_with_the_contact_text_and_a_search()
    {
        await using var browser = await site.OpenAsync("/nb/invoice/?codes=ZZZ-9,fsc,MOMS%2025%25");
        var page = browser.Page;
        var items = Items(page);

        await Expect(items).ToHaveCountAsync(3);
        var unknown = items.Nth(0);
        await Expect(unknown).ToHaveAttributeAsync("data-unknown", "");
        await Expect(unknown.Locator(".invoice-item-code")).ToHaveTextAsync("ZZZ-9");
        await Expect(unknown.Locator(".invoice-item-unknown")).ToHaveTextAsync("Denne koden kjenner vi ikke. Kontakt oss, så forklarer vi den.");
        await Expect(unknown.Locator(".invoice-item-contact")).ToContainTextAsync("Ring kundeservice på 22 00 00 00");
        await Expect(unknown.Locator("a")).ToHaveAttributeAsync("href", "/nb/search/?q=ZZZ-9");

        // Codes are found by their slug: lower case and a code with a space and a percent sign.
        await Expect(items.Nth(1)).ToHaveAttributeAsync("data-term-id", "fuel-surcharge");
        await Expect(items.Nth(2)).ToHaveAttributeAsync("data-term-id", "vat");
        await Expect(items.Nth(2).Locator(".invoice-item-term")).ToHaveAttributeAsync("href", "/nb/codes/moms-25/");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_page_speaks_its_language()
    {
        await using var browser = await site.OpenAsync("/sv/invoice/?codes=FRT-03,XYZ&role=finance");
        var page = browser.Page;
        var items = Items(page);

        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(0).Locator(".invoice-item-summary")).ToHaveTextAsync(site.Summary("freight-charge", "sv"));
        await Expect(items.Nth(0).Locator(".invoice-item-term")).ToHaveAttributeAsync("href", "/sv/codes/frt/?code=FRT-03");
        await Expect(items.Nth(0).Locator(".invoice-item-family")).ToHaveTextAsync("FRT-03 hör till familjen FRT. Förklaringen gäller även för den.");
        await Expect(items.Nth(1).Locator(".invoice-item-unknown")).ToHaveTextAsync("Den här koden känner vi inte till. Kontakta oss, så förklarar vi den.");
    }

    [Fact]
    public async Task Codes_are_text_never_markup()
    {
        await using var browser = await site.OpenAsync("/en/invoice/?codes=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>,FSC,fsc"));
        var page = browser.Page;
        var items = Items(page);

        await Expect(items).ToHaveCountAsync(2);
        await Expect(items.Nth(0).Locator(".invoice-item-code")).ToHaveTextAsync("<img src=x onerror=alert(1)>");
        await Expect(page.Locator("main img")).ToHaveCountAsync(0);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_form_explains_what_is_typed_and_a_family_link_shows_the_note()
    {
        await using var browser = await site.OpenAsync("/en/invoice/");
        var page = browser.Page;
        await Expect(Items(page)).ToHaveCountAsync(0);
        Assert.DoesNotContain(browser.Requests, u => u.EndsWith("/codes.json", StringComparison.Ordinal));

        await page.Locator("#invoice-codes").FillAsync("lag-02, ADM");
        await page.GetByRole(AriaRole.Button, new() { Name = "Explain", Exact = true }).ClickAsync();
        await Expect(Items(page)).ToHaveCountAsync(2);
        await Expect(Items(page).Nth(0)).ToHaveAttributeAsync("data-term-id", "storage-rent");

        await Items(page).Nth(0).Locator(".invoice-item-term").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, "/en/codes/lag/?code=lag-02").ToString());
        await Expect(page.Locator(".family-note")).ToHaveTextAsync("lag-02 belongs to the LAG family. The explanation applies to it too.");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task When_the_codes_cannot_be_loaded_the_page_says_so()
    {
        await using var browser = await site.OpenAsync("about:blank");
        var page = browser.Page;
        await page.RouteAsync("**/codes.json", route => route.AbortAsync());
        await page.GotoAsync("/en/invoice/?codes=FSC");

        await Expect(page.Locator("[data-invoice-status]")).ToHaveTextAsync("The explanations could not be loaded. Check your connection and try again.");
        await Expect(page.Locator("#invoice-codes")).ToHaveValueAsync("FSC");
        Assert.DoesNotContain(browser.Errors, e => e.StartsWith("page error", StringComparison.Ordinal));
    }
}
