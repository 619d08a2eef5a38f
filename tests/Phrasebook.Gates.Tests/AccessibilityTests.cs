using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Phrasebook.Build;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>The sample site built once and served, with one Chromium, for the accessibility gate.</summary>
public sealed class AccessibleSite : IAsyncLifetime
{
    private readonly TempSite _site = Repo.CopySample("phrasebook-axe-");
    private StaticServer? _server;
    private Chromium? _chromium;

    public Uri Address => _server!.Address;

    public IBrowser Browser => _chromium!.Browser;

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = _site.Root, Output = _site.Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The sample did not build:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        }

        _server = await StaticServer.StartAsync(_site.Output);
        _chromium = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (_chromium is not null)
        {
            await _chromium.DisposeAsync();
        }

        if (_server is not null)
        {
            await _server.DisposeAsync();
        }

        _site.Dispose();
    }
}

/// <summary>
/// Gate: axe-core (pinned in tests/gates-node) in real Chromium, on one page of every page type the build writes
/// (found in the output by its data-page-type, so a new type is audited without changing this test) in every
/// language: as loaded, and again with a role chosen in the role switcher and the search open (a typed query, the
/// suggestions listbox visible; a redirect page only as loaded, its onward navigation held). 0 violations of the WCAG
/// 2.0/2.1 A and AA rules.
/// </summary>
public sealed partial class AccessibilityTests(AccessibleSite site) : IClassFixture<AccessibleSite>
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    /// <summary>The page types the theme has today; the gate fails if the build stops writing one of them.</summary>
    private static readonly string[] KnownTypes =
        ["home", "term", "role", "industry", "process", "page", "az", "codes", "code", "search", "invoice", "notfound"];

    /// <summary>Query strings that make a page show its full content (results, an explained invoice).</summary>
    private static readonly Dictionary<string, string> Queries = new()
    {
        ["search"] = "?q=FSC",
        ["invoice"] = "?codes=FSC,MOMS-25,ADR-FG",
    };

    /// <summary>axe.min.js as a JavaScript string literal.</summary>
    private static readonly Lazy<string> AxeSource = new(() =>
        JsonSerializer.Serialize(File.ReadAllText(Path.Combine(Repo.GatesNode, "node_modules", "axe-core", "axe.min.js"))));

    [Theory]
    [InlineData("nb")]
    [InlineData("sv")]
    [InlineData("en")]
    public async Task Every_page_type_has_no_wcag_a_or_aa_violation(string lang)
    {
        var pages = PagesByType(Path.Combine(site.Output, lang), lang + "/");
        Assert.Empty(KnownTypes.Except(pages.Keys));

        var problems = new List<string>();
        await using var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = lang });
        foreach (var (type, path) in pages)
        {
            var url = path + Queries.GetValueOrDefault(type, "");
            var address = new Uri(site.Address, url).ToString();
            var page = await context.NewPageAsync();
            if (type == "redirect")
            {
                // A renamed term's old address sends the reader on after 0 s: held, so the audit sees this page and
                // not a half-replaced one; nobody stays on it to use the role switcher or the search.
                var sentOn = await HoldNavigationsAwayAsync(page, address);
                await page.GotoAsync(address);
                await sentOn.WaitAsync(TimeSpan.FromSeconds(30));
                problems.AddRange(await AuditAsync(page, $"{url} ({type}, as loaded)"));
                await page.CloseAsync();
                continue;
            }

            await page.GotoAsync(address);
            problems.AddRange(await AuditAsync(page, $"{url} ({type}, as loaded)"));

            await page.SelectOptionAsync("#role-select", "finance");
            await OpenSearchAsync(page);
            problems.AddRange(await AuditAsync(page, $"{url} ({type}, role 'finance' chosen, search open)"));
            await page.CloseAsync();
        }

        Assert.True(problems.Count == 0, $"{problems.Count} axe-core violation(s) in {lang}:\n" + string.Join('\n', problems));
    }

    /// <summary>
    /// The language chooser at the root and at a short link /c/{code}/. It sends a reader on at once (by script, or
    /// a refresh without one); the test answers that navigation with "204 No Content", so the chooser stays shown.
    /// </summary>
    [Theory]
    [InlineData("")]
    [InlineData("c/fsc/")]
    public async Task The_language_chooser_has_no_wcag_a_or_aa_violation(string path)
    {
        var url = new Uri(site.Address, path).ToString();
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var sentOn = await HoldNavigationsAwayAsync(page, url);
        await page.GotoAsync(url, new PageGotoOptions { WaitUntil = WaitUntilState.Commit });
        await sentOn.WaitAsync(TimeSpan.FromSeconds(30));

        var problems = await AuditAsync(page, "/" + path + " (root, language chooser)");

        Assert.True(problems.Count == 0, $"{problems.Count} axe-core violation(s):\n" + string.Join('\n', problems));
    }

    /// <summary>The gate's own check: a violation is found and reported with its rule, impact, page and target.</summary>
    [Fact]
    public async Task A_violation_is_reported_with_rule_impact_page_and_target()
    {
        await using var context = await site.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, "nb/about/").ToString());
        await page.EvaluateAsync("() => document.querySelector('main').insertAdjacentHTML('beforeend', '<img id=\"no-alt\" src=\"/assets/logo.svg\">')");

        var problems = await AuditAsync(page, "/nb/about/ (page)");

        Assert.Contains(problems, p => p.StartsWith("/nb/about/ (page): image-alt (critical) Images must have alternative text", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.TrimStart().StartsWith("#no-alt  <img id=\"no-alt\"", StringComparison.Ordinal));
    }

    /// <summary>
    /// Answers any navigation away from <paramref name="url"/> with "204 No Content", which leaves the page shown:
    /// a redirect (script or refresh) would otherwise replace the document while axe-core runs on it.
    /// </summary>
    /// <returns>A task that completes when the page first tried to go elsewhere.</returns>
    private static async Task<Task> HoldNavigationsAwayAsync(IPage page, string url)
    {
        var sentOn = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await page.RouteAsync("**/*", async route =>
        {
            if (route.Request.IsNavigationRequest && route.Request.Url != url)
            {
                sentOn.TrySetResult();
                await route.FulfillAsync(new RouteFulfillOptions { Status = 204 });
            }
            else
            {
                await route.ContinueAsync();
            }
        });
        return sentOn.Task;
    }

    /// <summary>The largest page of each type under <paramref name="folder"/> (the one with the most markup to audit).</summary>
    private static SortedDictionary<string, string> PagesByType(string folder, string prefix)
    {
        var pages = new SortedDictionary<string, (string Path, long Size)>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(folder, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var type = PageType().Match(File.ReadAllText(file)).Groups[1].Value;
            var size = new FileInfo(file).Length;
            if (!pages.TryGetValue(type, out var best) || size > best.Size)
            {
                var relative = Path.GetRelativePath(folder, file).Replace('\\', '/');
                pages[type] = ("/" + prefix + (relative.EndsWith("index.html", StringComparison.Ordinal) ? relative[..^"index.html".Length] : relative), size);
            }
        }

        return new SortedDictionary<string, string>(pages.ToDictionary(p => p.Key, p => p.Value.Path), StringComparer.Ordinal);
    }

    /// <summary>Types a query into the page's header search box until suggestions show.</summary>
    private static async Task OpenSearchAsync(IPage page)
    {
        var box = page.Locator("#site-q").First;
        await box.FillAsync("FSC");
        // The first query loads lunr and the index: on a busy machine that can take longer than the usual 5 s.
        await Assertions.Expect(page.Locator("form:has(#site-q) [role=listbox] [role=option]").First)
            .ToBeVisibleAsync(new LocatorAssertionsToBeVisibleOptions { Timeout = 30_000 });
    }

    /// <summary>Runs axe-core on the page; one line per violation with its rule, impact, help, page and the nodes' targets.</summary>
    private static async Task<List<string>> AuditAsync(IPage page, string where)
    {
        // Through DevTools rather than page.EvaluateAsync: it also runs while a navigation is held (see above).
        var session = await page.Context.NewCDPSessionAsync(page);
        var expression = $$"""
            (async () => {
              if (document.readyState !== 'complete') await new Promise(done => addEventListener('load', done));
              if (!window.axe) (0, eval)({{AxeSource.Value}});
              const result = await window.axe.run(document, { runOnly: { type: 'tag', values: {{JsonSerializer.Serialize(Tags)}} }, resultTypes: ['violations'] });
              return JSON.stringify(result.violations.map(v => ({
                id: v.id, impact: v.impact, help: v.help,
                nodes: v.nodes.map(n => ({ target: n.target.join(' '), html: n.html, summary: n.failureSummary })),
              })));
            })()
            """;
        var reply = await session.SendAsync("Runtime.evaluate", new Dictionary<string, object> { ["expression"] = expression, ["awaitPromise"] = true, ["returnByValue"] = true });
        await session.DetachAsync();
        var value = reply!.Value.GetProperty("result");
        if (reply.Value.TryGetProperty("exceptionDetails", out var error) || value.GetProperty("type").GetString() != "string")
        {
            throw new InvalidOperationException($"axe-core did not run on {where}: {(reply.Value.TryGetProperty("exceptionDetails", out error) ? error : value)}");
        }

        var json = value.GetProperty("value").GetString()!;
        var problems = new List<string>();
        foreach (var v in JsonDocument.Parse(json).RootElement.EnumerateArray())
        {
            var nodes = v.GetProperty("nodes").EnumerateArray().ToList();
            problems.Add($"{where}: {v.GetProperty("id").GetString()} ({v.GetProperty("impact").GetString()}) {v.GetProperty("help").GetString()}, {nodes.Count} element(s):");
            problems.AddRange(nodes.Take(5).Select(n =>
                $"    {n.GetProperty("target").GetString()}  {Clip(n.GetProperty("html").GetString()!)}\n      {n.GetProperty("summary").GetString()!.Replace("\n", "\n      ", StringComparison.Ordinal)}"));
        }

        return problems;
    }

    private static string Clip(string html) => html.Length > 160 ? html[..160] + "…" : html;

    [GeneratedRegex("""data-page-type="([a-z-]+)""")]
    private static partial Regex PageType();
}
