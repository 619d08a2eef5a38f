using Microsoft.Playwright;
using Phrasebook.Preview;

namespace Phrasebook.Browser.Tests;

/// <summary>The preview server's injected script in a real browser: pages reload by themselves and show errors.</summary>
public sealed class PreviewReloadTests : IAsyncLifetime
{
    private const string Term = "input/industries/logistics/fuel-surcharge.yml";
    private readonly CancellationTokenSource _stop = new();
    private TempSite? _site;
    private PreviewHost? _host;
    private Task? _loop;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private TempSite Site => _site!;

    public async Task InitializeAsync()
    {
        _site = Repo.CopySample("phrasebook-preview-browser-");
        (_host, _) = await PreviewHost.StartAsync(new PreviewOptions { Root = _site.Root, Port = 0, MaxParallelism = 2 }, CancellationToken.None);
        _loop = _host.RunAsync(_stop.Token);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = SampleSite.ChromiumArgs });
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        await _stop.CancelAsync();
        if (_loop is not null)
        {
            await _loop;
        }

        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        _site?.Dispose();
    }

    [Fact]
    public async Task An_open_page_reloads_itself_after_an_edit_and_shows_errors_until_they_are_fixed()
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions { BaseURL = _host!.Address.ToString() });
        var page = new BrowserPage(context, await context.NewPageAsync());
        await using var _ = page;
        await page.Page.GotoAsync("/en/terms/fuel-surcharge/");
        await Assertions.Expect(page.Page.Locator("h1")).ToContainTextAsync("Fuel surcharge");
        // Wait until the script listens (it says so on window.phrasebookPreview); a marker on window tells a reload (a new window object) from an in-page change.
        await page.Page.WaitForFunctionAsync("() => window.phrasebookPreview?.connected === true");
        await page.Page.EvaluateAsync("() => { window.previewMarker = 1; }");

        var good = Site.Read(Term);
        Site.Write(Term, good.Replace("en: Fuel surcharge", "en: Diesel surcharge", StringComparison.Ordinal));
        await Assertions.Expect(page.Page.Locator("h1")).ToContainTextAsync("Diesel surcharge", new() { Timeout = 20_000 });
        Assert.Null(await page.Page.EvaluateAsync<int?>("() => window.previewMarker ?? null"));

        await page.Page.WaitForFunctionAsync("() => window.phrasebookPreview?.connected === true");
        var broken = good.Replace("abbreviation: BAF", "abbreviation: BAF\nsumary: oops", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().IndexOf("sumary: oops") + 1;
        Site.Write(Term, broken);
        var overlay = page.Page.Locator("phrasebook-preview-errors #overlay");
        await Assertions.Expect(overlay).ToBeVisibleAsync(new() { Timeout = 20_000 });
        await Assertions.Expect(overlay.Locator(".location")).ToHaveTextAsync($"{Term}:{line}:1");
        await Assertions.Expect(overlay.Locator(".message")).ToContainTextAsync("PB002: Unknown key 'sumary' in a term.");
        await Assertions.Expect(overlay).ToContainTextAsync("1 error");

        Site.Write(Term, good);
        await Assertions.Expect(page.Page.Locator("h1")).ToContainTextAsync("Fuel surcharge", new() { Timeout = 20_000 });
        await Assertions.Expect(overlay).ToHaveCountAsync(0);
        Assert.Empty(page.Errors);
    }
}
