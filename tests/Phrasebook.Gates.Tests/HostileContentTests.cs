using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Phrasebook.Build;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>The sample site with the hostile corpus in every kind of field: built once, served, and one Chromium.</summary>
public sealed class HostileSite : IAsyncLifetime
{
    public static readonly string[] Languages = ["nb", "sv", "en"];

    private readonly TempSite _site = Repo.CopySample("phrasebook-xss-");
    private StaticServer? _server;
    private Chromium? _chromium;

    public Uri Address => _server!.Address;

    public IBrowser Browser => _chromium!.Browser;

    public string Output => _site.Output;

    public async Task InitializeAsync()
    {
        _site.Write("input/industries/logistics/xss.yml", HostileCorpus.Terms());
        foreach (var (lang, i) in Languages.Select((l, i) => (l, i)))
        {
            _site.Write($"input/processes/xss.{lang}.md", HostileCorpus.MarkdownFile("Process", i, withSummary: true));
            _site.Write($"input/pages/xss.{lang}.md", HostileCorpus.MarkdownFile("Page", 10 + i, withSummary: false));
        }

        var settings = JsonNode.Parse(_site.Read("statiq.json"))!.AsObject();
        foreach (var (lang, i) in Languages.Select((l, i) => (l, i)))
        {
            settings["SiteTitle"]![lang] = "Site " + HostileCorpus.Vectors[20 + i];
            settings["Contact"]![lang] = "Contact " + HostileCorpus.Vectors[i];
        }

        _site.Write("statiq.json", settings.ToJsonString());
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = _site.Root, Output = _site.Output });
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("The hostile site did not build:\n" + string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
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
/// Gate: hostile content (at least 30 XSS vectors in terms, summaries, Markdown, role texts, customer words,
/// abbreviations, invoice codes, example lines, change notes, front matter, bodies, site title and contact)
/// is built, served and opened in Chromium: no dialog, no canary, no page error, and the text shown as text.
/// </summary>
public sealed class HostileContentTests(HostileSite site) : IClassFixture<HostileSite>
{
    [Fact]
    public void The_corpus_has_at_least_thirty_vectors() => Assert.True(HostileCorpus.Vectors.Length >= 30);

    [Fact]
    public async Task No_vector_runs_on_any_page_type_in_any_language()
    {
        var paths = new List<string> { "/", "/missing/page/" };
        foreach (var lang in HostileSite.Languages)
        {
            paths.AddRange(
            [
                $"/{lang}/", $"/{lang}/terms/", $"/{lang}/codes/", $"/{lang}/roles/finance/", $"/{lang}/roles/user/",
                $"/{lang}/industries/logistics/", $"/{lang}/processes/xss/", $"/{lang}/xss/", $"/{lang}/about/",
                $"/{lang}/search/?q=script", $"/{lang}/search/?q=" + Uri.EscapeDataString("<img src=x onerror=alert(1)>"),
                $"/{lang}/invoice/?codes=" + Uri.EscapeDataString(string.Join(',', Enumerable.Range(0, HostileCorpus.Vectors.Length).Select(i => $"XS{i:00} <b>&\"'"))),
                $"/{lang}/missing/",
            ]);
            // A quarter of the hostile terms in each language, every term in one of them (each term page holds its
            // vector in every field; the lists above hold all of them).
            for (var i = Array.IndexOf(HostileSite.Languages, lang); i < HostileCorpus.Vectors.Length; i += HostileSite.Languages.Length)
            {
                paths.Add($"/{lang}/terms/xss-{i:00}/");
            }
        }

        // Code page slugs come from the build: take them from the written tree.
        var codePages = Directory.GetDirectories(Path.Combine(site.Output, "nb", "codes")).Select(Path.GetFileName).Where(n => n!.StartsWith("xs", StringComparison.Ordinal)).ToList();
        Assert.Equal(HostileCorpus.Vectors.Length, codePages.Count);
        foreach (var lang in HostileSite.Languages)
        {
            paths.AddRange(codePages.Where((_, i) => i % 4 == Array.IndexOf(HostileSite.Languages, lang)).Select(c => $"/{lang}/codes/{c}/"));
        }

        paths = [.. paths.Distinct()];
        var problems = new List<string>();
        await using var context = await NewContextAsync();
        using var slots = new SemaphoreSlim(4);
        var visits = paths.Select(async path =>
        {
            await slots.WaitAsync();
            try
            {
                return await VisitAsync(context, path);
            }
            finally
            {
                slots.Release();
            }
        });
        foreach (var found in await Task.WhenAll(visits))
        {
            problems.AddRange(found);
        }

        Assert.True(problems.Count == 0, $"{problems.Count} problem(s) on {paths.Count} pages:\n" + string.Join('\n', problems.Take(40)));
    }

    [Theory]
    [InlineData("/nb/terms/xss-00/", "<script>window.__xss=1</script>")]
    [InlineData("/en/terms/xss-01/", "<img src=x onerror=alert(1)>")]
    [InlineData("/nb/processes/xss/", "<svg onload=alert(1)>")]
    [InlineData("/en/xss/", "{{ 7*7 }}")]
    [InlineData("/sv/xss/", "{% for x in (1..2) %}")]
    [InlineData("/nb/", "Site <a href=\"&#106;&#97;vascript:alert(1)\">click b</a>")]
    public async Task Vectors_are_shown_as_text(string path, string text)
    {
        await using var context = await NewContextAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync(new Uri(site.Address, path).ToString());
        var shown = await page.EvaluateAsync<string>("() => document.title + '\\n' + document.body.innerText");
        Assert.Contains(text, shown, StringComparison.Ordinal);
    }

    private async Task<IBrowserContext> NewContextAsync()
    {
        var context = await site.Browser.NewContextAsync(new BrowserNewContextOptions { Locale = "nb-NO" });
        // With a role chosen, the role texts are shown.
        await context.AddInitScriptAsync("localStorage.setItem('phrasebook.role', 'finance');");
        return context;
    }

    private async Task<List<string>> VisitAsync(IBrowserContext context, string path)
    {
        var problems = new List<string>();
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) =>
        {
            lock (problems)
            {
                problems.Add($"{path}: a {dialog.Type} dialog opened: {dialog.Message}");
            }

            await dialog.DismissAsync();
        };
        page.PageError += (_, error) =>
        {
            lock (problems)
            {
                problems.Add($"{path}: page error: {error}");
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal) && !message.Text.Contains("404", StringComparison.Ordinal))
            {
                lock (problems)
                {
                    problems.Add($"{path}: console error: {message.Text}");
                }
            }
        };
        try
        {
            await page.GotoAsync(new Uri(site.Address, path).ToString(), new PageGotoOptions { WaitUntil = WaitUntilState.Load });
            // Hover and focus something: event handlers would run now.
            await page.Mouse.MoveAsync(200, 200);
            await page.Keyboard.PressAsync("Tab");
            await page.WaitForTimeoutAsync(50);
            if (await page.EvaluateAsync<bool>("() => window.__xss !== undefined"))
            {
                problems.Add($"{path}: the window.__xss canary was set");
            }
        }
        finally
        {
            await page.CloseAsync();
        }

        return problems;
    }
}
