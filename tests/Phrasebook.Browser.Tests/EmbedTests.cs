using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Issue 26: a customer portal on another origin shows the explanations with one script tag
/// (theme/embed.js) and marked codes; codes.json is read across origins thanks to the _headers rules.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class EmbedTests(SampleSite site)
{
    /// <summary>
    /// The portal: its own static server on another port, so another origin. (A page of a routed public
    /// host name would be stopped by Chromium's Local Network Access before CORS is even asked.)
    /// </summary>
    private static async Task<(StaticServer Server, string Folder)> ServePortalAsync(string html)
    {
        var folder = Path.Combine(Path.GetTempPath(), "phrasebook-portal-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "index.html"), html);
        await File.WriteAllTextAsync(Path.Combine(folder, "404.html"), "missing");
        return (await StaticServer.StartAsync(folder), folder);
    }

    private async Task<(BrowserPage Browser, StaticServer Portal, string Folder)> OpenPortalAsync(string lang, string role)
    {
        var html = $"""
            <!doctype html><html lang="{lang}"><head><meta charset="utf-8"><title>Kundportal</title>
            <script src="{site.Address}theme/embed.js" defer data-role="{role}"></script></head>
            <body><h1>Faktura 2026-10432</h1>
            <table><tr><td><span data-phrasebook-code="FSC">FSC</span></td><td>312,50</td></tr>
            <tr><td><span data-phrasebook-code="fsc-07">fsc-07</span></td><td>306,25</td></tr>
            <tr><td><span data-phrasebook-code="XYZ99">XYZ99</span></td><td>450,00</td></tr></table>
            <p><a href="#next">Next</a></p></body></html>
            """;
        var (portal, folder) = await ServePortalAsync(html);
        Assert.NotEqual(site.Address.Port, portal.Address.Port);
        return (await site.OpenAsync(portal.Address.ToString()), portal, folder);
    }

    [Fact]
    public async Task A_portal_on_another_origin_shows_the_code_in_its_language_and_role_on_hover_focus_and_tap()
    {
        var fsc = site.CodesJson().GetProperty("codes").EnumerateArray().First(c => c.GetProperty("code").GetString() == "FSC");
        var (browser, portal, folder) = await OpenPortalAsync("sv-SE", "finance");
        await using var _ = portal;
        await using var __ = browser;
        var page = browser.Page;
        var code = page.Locator("[data-phrasebook-code=FSC]");
        await Expect(code).ToHaveAttributeAsync("data-phrasebook-term", "fuel-surcharge");
        var tip = page.Locator("#" + await code.GetAttributeAsync("aria-describedby"));
        await Expect(tip).ToBeHiddenAsync();
        await Expect(tip).ToHaveAttributeAsync("role", "tooltip");

        await code.HoverAsync();
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip.Locator("strong")).ToHaveTextAsync(fsc.GetProperty("term").GetProperty("sv").GetString()!);
        await Expect(tip).ToContainTextAsync(fsc.GetProperty("summary").GetProperty("sv").GetString()!);
        await Expect(tip).ToContainTextAsync(fsc.GetProperty("roles").GetProperty("finance").GetProperty("sv").GetString()!);
        await Expect(tip.Locator("a")).ToHaveAttributeAsync("href", fsc.GetProperty("url").GetProperty("sv").GetString()!);
        await page.Mouse.MoveAsync(0, 0);
        await Expect(tip).ToBeHiddenAsync();

        // Keyboard: the code takes focus, shows its tip, and Escape hides it.
        await page.Locator("h1").ClickAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(code).ToBeFocusedAsync();
        await Expect(tip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Escape");
        await Expect(tip).ToBeHiddenAsync();

        // A family member is explained by its family; an unknown code is left alone.
        var member = page.Locator("[data-phrasebook-code='fsc-07']");
        await Expect(member).ToHaveAttributeAsync("data-phrasebook-term", "fuel-surcharge");
        await Expect(page.Locator("[data-phrasebook-code=XYZ99]")).Not.ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("."));
        Assert.Contains(browser.Requests, u => u == site.Address + "codes.json");
        Assert.Empty(browser.Errors);
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task On_a_touch_screen_a_tap_shows_the_tip_in_the_pages_language()
    {
        var html = $"""<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><script src="{site.Address}theme/embed.js" defer></script><p>Line: <span data-phrasebook-code="FSC">FSC</span> 312.50</p></html>""";
        var (portal, folder) = await ServePortalAsync(html);
        await using var _ = portal;
        var browser = await site.OpenAsync(portal.Address.ToString(), new BrowserNewContextOptions { HasTouch = true, IsMobile = true, ViewportSize = new() { Width = 390, Height = 844 } });
        await using (browser)
        {
            var fsc = site.CodesJson().GetProperty("codes").EnumerateArray().First(c => c.GetProperty("code").GetString() == "FSC");
            var code = browser.Page.Locator("[data-phrasebook-code=FSC]");
            await Expect(code).ToHaveAttributeAsync("aria-describedby", new System.Text.RegularExpressions.Regex("phrasebook-tip-"));
            await code.TapAsync();
            var tip = browser.Page.Locator(".phrasebook-tip");
            await Expect(tip).ToBeVisibleAsync();
            await Expect(tip.Locator("strong")).ToHaveTextAsync(fsc.GetProperty("term").GetProperty("en").GetString()!);
            var box = (await tip.BoundingBoxAsync())!;
            Assert.True(box.X >= 0 && box.X + box.Width <= 390, "the tip stays on the phone's screen");
            Assert.Empty(browser.Errors);
        }

        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public void The_build_writes_the_cross_origin_headers_for_netlify_and_cloudflare_pages()
    {
        var headers = site.OutputFile("_headers");
        Assert.Contains("/codes.json\n  Access-Control-Allow-Origin: *\n", headers, StringComparison.Ordinal);
    }
}
