using System.Text.Json.Nodes;
using Phrasebook.Build;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: the sample served by real nginx, at the root and under a sub-path (LinkRoot "/help/"), crawled by
/// linkchecker with anchor checking: 0 broken links, 0 missing anchors.
/// </summary>
public sealed class LinkCheckTests
{
    [Theory]
    [InlineData("/")]
    [InlineData("/help/")]
    public async Task Linkchecker_finds_no_broken_link_or_anchor_over_nginx(string linkRoot)
    {
        using var site = Repo.CopySample("phrasebook-links-");
        ReadableByOthers(site.Root);
        var settings = JsonNode.Parse(site.Read("statiq.json"))!.AsObject();
        settings["LinkRoot"] = linkRoot;
        site.Write("statiq.json", settings.ToJsonString());
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, Output = site.Output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));

        await using var nginx = await Nginx.StartAsync(site.Output, linkRoot);
        // The crawl starts at the root and at every page too: pages no other page links to (the invoice page, which
        // is reached from an invoice, and the 404 pages) are checked as well.
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.Output, f).Replace('\\', '/'))
            .Select(p => new Uri(nginx.Address, p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p).ToString())
            .Order(StringComparer.Ordinal);
        var run = await Linkchecker.CrawlAsync(site.Root, [nginx.Address.ToString(), .. pages]);

        Assert.True(run.ExitCode == 0 && !run.TimedOut, $"linkchecker found broken links or anchors under {linkRoot}:\n{run}");
        Assert.Contains("0 warnings found. 0 errors found.", run.Stdout, StringComparison.Ordinal);
        // The crawl did see the whole site: every page and the assets, short links and data files they link to.
        Assert.Matches(@"[1-9]\d{3,} links in \d+ URLs checked", run.Stdout);
    }

    /// <summary>The gate's own check: with the same config, a broken link and a broken anchor each fail the crawl.</summary>
    [Fact]
    public async Task Linkchecker_reports_a_broken_link_and_a_missing_anchor()
    {
        using var site = new TempSite(Directory.CreateTempSubdirectory("phrasebook-links-").FullName);
        ReadableByOthers(site.Root);
        site.Write("output/index.html", """
            <!doctype html><html lang="en"><head><title>a</title></head><body>
            <a href="b/#here">fine</a> <a href="b/#nowhere">missing anchor</a> <a href="gone/">missing page</a>
            </body></html>
            """);
        site.Write("output/b/index.html", """<!doctype html><html lang="en"><head><title>b</title></head><body><h1 id="here">b</h1></body></html>""");
        site.Write("output/404.html", """<!doctype html><html lang="en"><head><title>404</title></head><body>not found</body></html>""");

        await using var nginx = await Nginx.StartAsync(site.Output, "/");
        var run = await Linkchecker.CrawlAsync(site.Root, [nginx.Address.ToString()]);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("1 warning found. 1 error found.", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Anchor `nowhere' (decoded:", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"Real URL +http://127\.0\.0\.1:\d+/gone/\s", run.Stdout);
    }

    /// <summary>nginx's workers and linkchecker (which drops root to 'nobody') must read the files.</summary>
    private static void ReadableByOthers(string folder)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(folder, (UnixFileMode)0b111_101_101);
        }
    }
}

/// <summary>Debian's linkchecker with the gate's configuration (a linkcheckerrc written into the site's folder).</summary>
internal static class Linkchecker
{
    /// <summary>
    /// Checks the site's own links (external ones are not followed) and the anchors of fragment links (the
    /// AnchorCheck plugin; a missing anchor is a warning, so warnings stay on and fail the run). The server sends
    /// the "LinkChecker" header (see <see cref="Nginx"/>), which lets maxrequestspersecond lift the throttle.
    /// </summary>
    public static async Task<CliRun> CrawlAsync(string folder, string[] urls)
    {
        var rc = Path.Combine(folder, "linkcheckerrc");
        await File.WriteAllTextAsync(rc, "[checking]\nmaxrequestspersecond=1000\n\n[filtering]\ncheckextern=0\n\n[AnchorCheck]\n");
        return await Tool.RunAsync(TimeSpan.FromSeconds(180), "linkchecker", ["-f", rc, "--no-status", "-t", "4", .. urls]);
    }
}
