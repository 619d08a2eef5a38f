using System.Text.Json;
using Microsoft.Playwright;
using Phrasebook.Build;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// The repository's sample site, built once into a temporary folder, served on loopback, with one
/// headless Debian Chromium (never a downloaded browser) shared by the tests of a class.
/// </summary>
public sealed class SampleSite : IAsyncLifetime
{
    internal static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run",
    ];

    private readonly string _output = Path.Combine(Path.GetTempPath(), "phrasebook-browser-" + Guid.NewGuid().ToString("N"));
    private StaticServer? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The fixture is not initialized.");

    public Uri Address => _server?.Address ?? throw new InvalidOperationException("The fixture is not initialized.");

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = RepositoryRoot(), Output = _output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample site did not build:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }

        _server = await StaticServer.StartAsync(_output);
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>A fresh page (own context: no shared storage or cache) that records script errors.</summary>
    public Task<BrowserPage> OpenAsync(string path, string? role = null) => OpenAsync(path, new BrowserNewContextOptions(), role);

    /// <summary>
    /// A fresh page in a context made from <paramref name="options"/> (browser language, JavaScript,
    /// touch, viewport); the base address is the site's, and the language nb-NO unless the options say.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(string path, BrowserNewContextOptions options, string? role = null)
    {
        options.BaseURL = Address.ToString();
        options.Locale ??= "nb-NO";
        var context = await Browser.NewContextAsync(options);
        if (role is not null)
        {
            await context.AddInitScriptAsync($"localStorage.setItem('phrasebook.role', '{role}');");
        }

        var page = await context.NewPageAsync();
        var opened = new BrowserPage(context, page);
        await page.GotoAsync(path);
        return opened;
    }

    /// <summary>A built file's text, read from disk.</summary>
    public string OutputFile(string path) => File.ReadAllText(Path.Combine(_output, path));

    /// <summary>The built /codes.json, read from disk (what the browser fetches).</summary>
    public JsonElement CodesJson()
    {
        using var stream = File.OpenRead(Path.Combine(_output, "codes.json"));
        using var json = JsonDocument.Parse(stream);
        return json.RootElement.Clone();
    }

    /// <summary>The summary of a term in a language, as codes.json gives it to the browser.</summary>
    public string Summary(string termId, string lang) =>
        CodesJson().GetProperty("codes").EnumerateArray().First(c => c.GetProperty("term_id").GetString() == termId)
            .GetProperty("summary").GetProperty(lang).GetString()!;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        if (Directory.Exists(_output))
        {
            Directory.Delete(_output, recursive: true);
        }
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
    }
}
