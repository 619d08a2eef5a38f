using System.Text.Json.Nodes;
using Phrasebook.Build;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: the sample served by real nginx, at the root and under a sub-path (LinkRoot "/help/"), crawled by
/// linkchecker with anchor checking: 0 broken links.
/// </summary>
public sealed class LinkCheckTests
{
    [Theory(Skip = "linkchecker with anchor checking crawls ~2000 URLs at ~10/s on a loaded 2-core machine (over 2 min per variant): too slow for the suite until the crawl is narrowed")]
    [InlineData("/")]
    [InlineData("/help/")]
    public async Task Linkchecker_finds_no_broken_link_or_anchor_over_nginx(string linkRoot)
    {
        using var site = Repo.CopySample("phrasebook-links-");
        // nginx's workers and linkchecker (which drops root to 'nobody') must read the files.
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(site.Root, (UnixFileMode)0b111_101_101);
        }
        var settings = JsonNode.Parse(site.Read("statiq.json"))!.AsObject();
        settings["LinkRoot"] = linkRoot;
        site.Write("statiq.json", settings.ToJsonString());
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, Output = site.Output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));

        await using var nginx = await Nginx.StartAsync(site.Output, linkRoot);
        // Anchor checking is a plugin that linkchecker 10 enables from its config file; external links are not
        // followed (checkextern=0): the gate is about the site's own links.
        var rc = site.PathOf("linkcheckerrc");
        await File.WriteAllTextAsync(rc, "[filtering]\ncheckextern=0\n\n[AnchorCheck]\n");
        var run = await Tool.RunAsync(TimeSpan.FromSeconds(300), "linkchecker", "-f", rc, "--no-status", "--no-warnings", "-t", "10", nginx.Address.ToString());

        Assert.False(run.TimedOut, run.ToString());
        Assert.True(run.ExitCode == 0, $"linkchecker found broken links under {linkRoot}:\n{run}");
        Assert.Contains("0 errors found", run.Stdout, StringComparison.Ordinal);
        // The crawl did see the site, not just one page.
        Assert.Matches(@"[1-9]\d\d+ links? in", run.Stdout);
    }
}
