using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// /c/{slug}/, the link an invoice prints (issue 4): the code page in the reader's language, ?role=
/// passed on, and without JavaScript a list of every language and a refresh to the default.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class ShortLinkTests(SampleSite site)
{
    private string Url(string path) => new Uri(site.Address, path).ToString();

    [Theory]
    [InlineData("sv-SE", "/sv/codes/fsc/")]
    [InlineData("en-US", "/en/codes/fsc/")]
    [InlineData("nb-NO", "/nb/codes/fsc/")]
    [InlineData("no", "/nb/codes/fsc/")]
    [InlineData("de-DE", "/nb/codes/fsc/")]
    public async Task The_short_link_opens_the_code_page_in_the_browsers_language(string locale, string expected)
    {
        await using var browser = await site.OpenAsync("/c/fsc/", new BrowserNewContextOptions { Locale = locale });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url(expected));
        await Expect(page.Locator("h1.code-title")).ToHaveTextAsync("FSC");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task The_role_passes_through_and_is_selected()
    {
        await using var browser = await site.OpenAsync("/c/fsc/?role=finance", new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url("/sv/codes/fsc/?role=finance"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-role", "finance");
        await Expect(page.Locator("#role-select")).ToHaveValueAsync("finance");

        // The finance text comes first and is marked as the reader's.
        var finance = (await page.Locator("#role-finance").BoundingBoxAsync())!;
        var purchaser = (await page.Locator("#role-purchaser").BoundingBoxAsync())!;
        Assert.True(finance.Y < purchaser.Y, $"finance at {finance.Y}, purchaser at {purchaser.Y}");
        await Expect(page.Locator("#role-finance .badge-you")).ToBeVisibleAsync();
        await Expect(page.Locator("#role-purchaser .badge-you")).ToBeHiddenAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Without_JavaScript_every_language_is_listed_and_the_page_refreshes_to_the_default()
    {
        var codes = site.CodesJson();
        var languages = codes.GetProperty("languages").EnumerateArray().Select(l => l.GetString()!).ToList();
        var defaultLanguage = codes.GetProperty("default_language").GetString();
        await using var browser = await site.OpenAsync("about:blank", new BrowserNewContextOptions { JavaScriptEnabled = false, Locale = "sv-SE" });
        var page = browser.Page;

        // Answer the refresh's request with 204 No Content: the browser then stays on the short-link page.
        var refresh = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/codes/**", async route =>
        {
            refresh.TrySetResult(route.Request.Url);
            await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
        });

        await page.GotoAsync("/c/fsc/");
        var requested = await refresh.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal($"/{defaultLanguage}/codes/fsc/", new Uri(requested).PathAndQuery);

        // Read the page through the DevTools DOM (Playwright's locators would wait for the held navigation).
        var dom = new DevToolsDom(await page.Context.NewCDPSessionAsync(page));
        Assert.EndsWith("/c/fsc/", await dom.DocumentUrlAsync(), StringComparison.Ordinal);
        var links = await dom.AttributesAsync(".lang-choice a");
        Assert.Equal(languages.Select(l => $"/{l}/codes/fsc/"), links.Select(a => a["href"]));
        Assert.Equal(languages, links.Select(a => a["hreflang"]));
        var meta = Assert.Single(await dom.AttributesAsync("meta[http-equiv=refresh]"));
        Assert.Equal($"0; url=/{defaultLanguage}/codes/fsc/", meta["content"]);

        // And left alone, the refresh lands on the code page in the default language.
        await page.UnrouteAllAsync();
        await page.GotoAsync("/c/fsc/");
        await Expect(page).ToHaveURLAsync(Url($"/{defaultLanguage}/codes/fsc/"));
        await Expect(page.Locator("h1.code-title")).ToHaveTextAsync("FSC");
    }

    [Fact]
    public async Task A_short_link_without_the_slash_still_opens_the_code_page()
    {
        await using var browser = await site.OpenAsync("/c/fsc?role=user", new BrowserNewContextOptions { Locale = "en-GB" });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(new Regex(Regex.Escape(Url("/en/codes/fsc/")) + @"\?role=user$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-role", "user");
        await Expect(page.Locator(".family-note")).ToBeHiddenAsync();
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("status of 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_of_a_family_lands_on_the_familys_code_page_with_a_note()
    {
        await using var browser = await site.OpenAsync("/c/fsc-07/?role=finance");
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url("/nb/codes/fsc/?role=finance&code=FSC-07"));
        await Expect(page.Locator("h1.code-title")).ToHaveTextAsync("FSC");
        await Expect(page.Locator(".family-note")).ToBeVisibleAsync();
        await Expect(page.Locator(".family-note")).ToHaveTextAsync("FSC-07 hører til familien FSC. Forklaringen gjelder også for den.");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("data-role", "finance");
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("status of 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_code_of_a_family_opens_in_the_browsers_language()
    {
        await using var browser = await site.OpenAsync("/c/FRT-12", new BrowserNewContextOptions { Locale = "sv-SE" });
        var page = browser.Page;

        await Expect(page).ToHaveURLAsync(Url("/sv/codes/frt/?code=FRT-12"));
        await Expect(page.Locator(".family-note")).ToHaveTextAsync("FRT-12 hör till familjen FRT. Förklaringen gäller även för den.");
    }

    [Fact]
    public async Task The_family_note_is_shown_only_for_a_code_of_the_family()
    {
        await using var browser = await site.OpenAsync("/en/codes/fsc/?code=%3Cb%3EHACK%3C%2Fb%3E");
        var page = browser.Page;
        await Expect(page.Locator(".family-note")).ToBeHiddenAsync();

        await page.GotoAsync("/en/codes/fsc/?code=fsc-42");
        await Expect(page.Locator(".family-note")).ToHaveTextAsync("fsc-42 belongs to the FSC family. The explanation applies to it too.");
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task An_unknown_code_gets_a_helpful_page_with_the_search_filled_in()
    {
        await using var browser = await site.OpenAsync("/c/zzz-999/");
        var page = browser.Page;
        var article = page.Locator("article.notfound-page");

        await Expect(article).ToHaveAttributeAsync("data-unknown-code", "ZZZ-999");
        await Expect(page).ToHaveURLAsync(Url("/c/zzz-999/"));
        await Expect(page.Locator("h1")).ToHaveTextAsync("Vi kjenner ikke koden ZZZ-999");
        await Expect(page.Locator("#notfound-q")).ToHaveValueAsync("ZZZ-999");
        var search = page.Locator(".unknown-code-search a");
        await Expect(search).ToBeVisibleAsync();
        await Expect(search).ToHaveAttributeAsync("href", "/nb/search/?q=ZZZ-999");
        await Expect(search).ToHaveTextAsync("Søk etter «ZZZ-999»");
        var contact = page.Locator(".unknown-code-contact");
        await Expect(contact).ToBeVisibleAsync();
        await Expect(contact).ToContainTextAsync("22 00 00 00");
        await Expect(page.Locator(".code-lookup-status")).ToBeHiddenAsync();
        Assert.DoesNotContain(browser.Errors, e => !e.Contains("status of 404", StringComparison.Ordinal));

        await page.Locator("#notfound-q").PressAsync("Enter");
        await Expect(page).ToHaveURLAsync(Url("/nb/search/?q=ZZZ-999"));
    }

    [Fact]
    public async Task Other_missing_pages_stay_a_plain_404_and_do_not_load_the_codes()
    {
        await using var browser = await site.OpenAsync("/nb/terms/no-such-term/");
        var page = browser.Page;
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        await Expect(page.Locator("h1")).ToHaveTextAsync("Fant ikke siden");
        await Expect(page.Locator(".unknown-code-contact")).ToBeHiddenAsync();
        Assert.DoesNotContain(browser.Requests, u => u.EndsWith("/codes.json", StringComparison.Ordinal) || u.Contains("/theme/codes.js", StringComparison.Ordinal));
    }
}
