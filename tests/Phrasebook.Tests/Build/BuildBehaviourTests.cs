using AngleSharp.Html.Parser;
using Phrasebook.Build;

namespace Phrasebook.Tests.Build;

public sealed class BuildBehaviourTests
{
    [Fact]
    public async Task Two_builds_of_the_same_input_are_byte_identical()
    {
        using var site = Repo.CopySample();
        var first = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(first.Succeeded);
        var a = Repo.HashTree(site.Output);
        var second = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 1 });
        Assert.True(second.Succeeded);
        Assert.Equal(a, Repo.HashTree(site.Output));
    }

    [Fact]
    public async Task LinkRoot_puts_every_link_under_the_sub_path()
    {
        using var site = Repo.CopySample();
        site.Write("statiq.json", site.Read("statiq.json").Replace("\"LinkRoot\": \"/\"", "\"LinkRoot\": \"/help/\"", StringComparison.Ordinal));
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Empty(LinkCheck.Broken(site.Output, "/help/"));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "nb", "terms", "fuel-surcharge", "index.html")));
        Assert.All(page.QuerySelectorAll("a[href^='/']"), a => Assert.StartsWith("/help/", a.GetAttribute("href"), StringComparison.Ordinal));
        Assert.Contains("https://hjelp.nordlysfrakt.no/help/nb/terms/fuel-surcharge/", page.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Html_and_unsafe_links_in_content_never_reach_the_page_as_markup()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/xss.yml", """
            id: xss-test
            term: {nb: "<script>alert(1)</script>Farlig"}
            summary: {nb: "<img src=x onerror=alert(2)> sammendrag"}
            explanation:
              nb: |
                Tekst med <b onclick="alert(3)">html</b> og [lenke](javascript:alert(4)) og [data](data:text/html,hi).

                <script>alert(5)</script>
            """);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        var html = File.ReadAllText(Path.Combine(site.Output, "nb", "terms", "xss-test", "index.html"));
        var page = new HtmlParser().ParseDocument(html);
        Assert.Empty(page.QuerySelectorAll("main script, main img[onerror], main [onclick]"));
        Assert.DoesNotContain(page.QuerySelectorAll("a[href]"), a => a.GetAttribute("href")!.StartsWith("javascript:", StringComparison.OrdinalIgnoreCase) || a.GetAttribute("href")!.StartsWith("data:", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("<script>alert(1)</script>Farlig", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("lenke", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Theme_files_can_be_overridden_by_the_site()
    {
        using var site = Repo.CopySample();
        site.Write("overrides/strings/nb.yml", "az_title: Ordliste fra A til Å\n");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded);
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, "nb", "terms", "index.html")));
        Assert.Contains("Ordliste fra A til Å", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
    }
}
