using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Auto-linked term mentions (issue 5): the summary as a tooltip on focus and hover, announced through
/// aria-describedby, in the page's language, hidden by Escape, on the screen of a phone, tapped open on touch.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class TooltipTests(SampleSite site)
{
    /// <summary>The mention of the freight charge in "when it appears on the invoice" of the FSC code page.</summary>
    private const string FreightMention = ".invoice-when .term-link[href$='/terms/freight-charge/']";

    private static async Task<ILocator> TipOfAsync(IPage page, ILocator link)
    {
        var id = await link.GetAttributeAsync("aria-describedby");
        Assert.False(string.IsNullOrEmpty(id), "the term link names its tooltip in aria-describedby");
        return page.Locator($"[id='{id}']");
    }

    /// <summary>Waits until a (smooth) scroll has stopped: the tip follows the link while it moves.</summary>
    private static Task SettleAsync(IPage page) => page.EvaluateAsync(
        """
        () => new Promise(done => {
          let last = -1, same = 0;
          const tick = () => {
            const y = scrollY;
            same = y === last ? same + 1 : 0;
            last = y;
            if (same >= 3) done(); else requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        })
        """);

    /// <summary>The tip is just below the link, or just above it when the window has no room below.</summary>
    private static async Task AssertNextToAsync(ILocator link, ILocator tip)
    {
        var l = (await link.BoundingBoxAsync())!;
        var t = (await tip.BoundingBoxAsync())!;
        var below = t.Y - (l.Y + l.Height);
        var above = l.Y - (t.Y + t.Height);
        Assert.True(below is >= 0 and < 16 || above is >= 0 and < 16, $"link {l.X},{l.Y} {l.Width}x{l.Height}; tip {t.X},{t.Y} {t.Width}x{t.Height}");
    }

    [Fact]
    public async Task Focusing_a_term_link_shows_its_summary_and_Escape_hides_it()
    {
        await using var browser = await site.OpenAsync("/nb/codes/fsc/");
        var page = browser.Page;
        var link = page.Locator(FreightMention).First;
        var tip = await TipOfAsync(page, link);
        var summary = site.Summary("freight-charge", "nb");
        await Expect(tip).ToBeHiddenAsync();
        await Expect(tip).ToHaveAttributeAsync("role", "tooltip");

        await link.FocusAsync();

        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToHaveTextAsync(summary);
        await Expect(link).ToHaveAccessibleDescriptionAsync(summary);
        await SettleAsync(page);
        await AssertNextToAsync(link, tip);

        await page.Keyboard.PressAsync("Escape");
        await Expect(tip).ToBeHiddenAsync();
        await Expect(link).ToBeFocusedAsync();

        // Hidden until the link is blurred; focus brings it back.
        await page.Locator("h1").ClickAsync();
        await link.FocusAsync();
        await Expect(tip).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Tab_reaches_a_term_link_and_shows_its_tip()
    {
        await using var browser = await site.OpenAsync("/nb/codes/fsc/");
        var page = browser.Page;
        var link = page.Locator(FreightMention).First;
        var tip = await TipOfAsync(page, link);
        await page.Locator("a.code-term").FocusAsync();

        for (var i = 0; i < 20 && !await link.EvaluateAsync<bool>("a => a === document.activeElement"); i++)
        {
            await page.Keyboard.PressAsync("Tab");
        }

        await Expect(link).ToBeFocusedAsync();
        await Expect(tip).ToBeVisibleAsync();
        await page.Keyboard.PressAsync("Tab");
        await Expect(tip).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Hovering_shows_the_tip_and_the_pointer_can_move_onto_it()
    {
        await using var browser = await site.OpenAsync("/nb/codes/fsc/");
        var page = browser.Page;
        var link = page.Locator(FreightMention).First;
        var tip = await TipOfAsync(page, link);

        await link.HoverAsync();
        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToHaveTextAsync(site.Summary("freight-charge", "nb"));
        await SettleAsync(page);
        await AssertNextToAsync(link, tip);

        // Down from the link onto the tip: it stays (WCAG 1.4.13, hoverable).
        var linkBox = (await link.BoundingBoxAsync())!;
        var tipBox = (await tip.BoundingBoxAsync())!;
        var x = Math.Max(linkBox.X, tipBox.X) + 4;
        await page.Mouse.MoveAsync(x, linkBox.Y + linkBox.Height - 2);
        await page.Mouse.MoveAsync(x, tipBox.Y + (tipBox.Height / 2), new MouseMoveOptions { Steps = 6 });
        await Expect(tip).ToBeVisibleAsync();

        await page.Keyboard.PressAsync("Escape");
        await Expect(tip).ToBeHiddenAsync();

        await page.Mouse.MoveAsync(5, 5);
        await Expect(tip).ToBeHiddenAsync();
        await link.HoverAsync();
        await Expect(tip).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task The_tip_is_in_the_pages_language(string lang)
    {
        await using var browser = await site.OpenAsync($"/{lang}/codes/fsc/");
        var page = browser.Page;
        var link = page.Locator(FreightMention).First;
        var tip = await TipOfAsync(page, link);

        await link.FocusAsync();

        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", lang);
        await Expect(tip).ToHaveTextAsync(site.Summary("freight-charge", lang));
        await Expect(link).ToHaveAttributeAsync("href", $"/{lang}/terms/freight-charge/");
    }

    [Fact]
    public async Task On_a_phone_the_tip_stays_on_the_screen_wraps_and_is_readable()
    {
        await using var browser = await site.OpenAsync("/en/codes/fsc/", new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 360, Height = 740 } });
        var page = browser.Page;
        var links = page.Locator("main .term-link");
        var count = await links.CountAsync();
        Assert.True(count >= 2, $"{count} term links");

        for (var i = 0; i < count; i++)
        {
            var link = links.Nth(i);
            var tip = await TipOfAsync(page, link);
            await link.FocusAsync();
            await Expect(tip).ToBeVisibleAsync();
            await SettleAsync(page);
            await Expect(tip).ToBeInViewportAsync(new LocatorAssertionsToBeInViewportOptions { Ratio = 1 });
            var box = (await tip.BoundingBoxAsync())!;
            Assert.InRange(box.X, 0, 360);
            Assert.InRange(box.X + box.Width, 0, 360);
            Assert.InRange(box.Y, 0, 740);
            Assert.InRange(box.Y + box.Height, 0, 740);
        }

        Assert.False(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth > innerWidth"));

        // Light text on a dark tip or the reverse: at least 4.5:1 (WCAG AA for normal text).
        var ratio = await page.Locator(".term-tip:visible").First.EvaluateAsync<double>(
            """
            tip => {
              const s = getComputedStyle(tip);
              const rgb = c => c.match(/[\d.]+/g).slice(0, 3).map(Number);
              const lum = c => {
                const [r, g, b] = rgb(c).map(v => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); });
                return 0.2126 * r + 0.7152 * g + 0.0722 * b;
              };
              const a = lum(s.color), b = lum(s.backgroundColor);
              return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
            }
            """);
        Assert.True(ratio >= 4.5, $"contrast {ratio:F2}");
        var maxWidth = await page.Locator(".term-tip:visible").First.EvaluateAsync<double>("t => t.getBoundingClientRect().width");
        Assert.True(maxWidth <= 344, $"width {maxWidth}");
    }

    [Fact]
    public async Task On_touch_the_first_tap_shows_the_tip_and_the_second_follows_the_link()
    {
        await using var browser = await site.OpenAsync("/sv/codes/fsc/", new BrowserNewContextOptions { HasTouch = true, IsMobile = true, ViewportSize = new ViewportSize { Width = 390, Height = 800 } });
        var page = browser.Page;
        var link = page.Locator(FreightMention).First;
        var tip = await TipOfAsync(page, link);

        await link.TapAsync();

        await Expect(tip).ToBeVisibleAsync();
        await Expect(tip).ToHaveTextAsync(site.Summary("freight-charge", "sv"));
        Assert.EndsWith("/sv/codes/fsc/", page.Url, StringComparison.Ordinal);

        await link.TapAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, "/sv/terms/freight-charge/").ToString());
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task Pages_without_term_links_leave_the_tooltips_alone()
    {
        await using var browser = await site.OpenAsync("/nb/codes/");
        var page = browser.Page;
        Assert.Equal(0, await page.Locator(".term-link").CountAsync());
        await page.Keyboard.PressAsync("Escape");
        Assert.Empty(browser.Errors);
    }
}
