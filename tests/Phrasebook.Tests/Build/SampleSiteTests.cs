namespace Phrasebook.Tests.Build;

public sealed class SampleSiteTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private static readonly string[] Languages = ["nb", "sv", "en"];

    [Fact]
    public void Sample_builds_without_errors()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics.Where(d => d.IsError)));
        Assert.All(Languages, lang => Assert.True(sample.Result.PagesPerLanguage[lang] > 80, $"{lang}: {sample.Result.PagesPerLanguage[lang]} pages"));
    }

    [Theory]
    [InlineData("index.html")]
    [InlineData("404.html")]
    [InlineData("sitemap.xml")]
    [InlineData("robots.txt")]
    [InlineData("assets/logo.svg")]
    [InlineData("theme/site.css")]
    [InlineData("theme/site.js")]
    public void Site_level_files_exist(string path) => Assert.True(File.Exists(Path.Combine(sample.Output, path)), path);

    [Theory]
    [InlineData("{0}/index.html")]
    [InlineData("{0}/404.html")]
    [InlineData("{0}/terms/index.html")]
    [InlineData("{0}/terms/fuel-surcharge/index.html")]
    [InlineData("{0}/terms/environmental-surcharge/index.html")]
    [InlineData("{0}/codes/index.html")]
    [InlineData("{0}/codes/fsc/index.html")]
    [InlineData("{0}/codes/moms-25/index.html")]
    [InlineData("{0}/codes/ranta/index.html")]
    [InlineData("{0}/roles/finance/index.html")]
    [InlineData("{0}/roles/purchaser/index.html")]
    [InlineData("{0}/roles/user/index.html")]
    [InlineData("{0}/industries/logistics/index.html")]
    [InlineData("{0}/industries/warehousing/index.html")]
    [InlineData("{0}/processes/ordering/index.html")]
    [InlineData("{0}/processes/delivery/index.html")]
    [InlineData("{0}/processes/invoicing/index.html")]
    [InlineData("{0}/about/index.html")]
    public void Every_page_type_exists_in_every_language(string pattern)
    {
        foreach (var lang in Languages)
        {
            var path = string.Format(System.Globalization.CultureInfo.InvariantCulture, pattern, lang);
            Assert.True(File.Exists(Path.Combine(sample.Output, path)), path);
        }
    }

    [Fact]
    public void Every_term_has_a_page_in_every_language()
    {
        var termCount = Directory.GetDirectories(Path.Combine(sample.Output, "nb", "terms")).Length;
        Assert.True(termCount >= 30, $"{termCount} terms");
        foreach (var lang in Languages)
        {
            Assert.Equal(termCount, Directory.GetDirectories(Path.Combine(sample.Output, lang, "terms")).Length);
        }
    }

    [Fact]
    public void Every_internal_link_resolves() =>
        Assert.Empty(LinkCheck.Broken(sample.Output, "/"));

    [Fact]
    public void Sitemap_lists_pages_with_hreflang_alternates()
    {
        var xml = File.ReadAllText(Path.Combine(sample.Output, "sitemap.xml"));
        Assert.Contains("<loc>https://hjelp.nordlysfrakt.no/nb/terms/fuel-surcharge/</loc>", xml, StringComparison.Ordinal);
        Assert.Contains("<xhtml:link rel=\"alternate\" hreflang=\"sv\" href=\"https://hjelp.nordlysfrakt.no/sv/terms/fuel-surcharge/\" />", xml, StringComparison.Ordinal);
        Assert.DoesNotContain("404.html", xml, StringComparison.Ordinal);
        Assert.Contains("Sitemap: https://hjelp.nordlysfrakt.no/sitemap.xml", File.ReadAllText(Path.Combine(sample.Output, "robots.txt")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_is_complete_so_it_passes_the_pull_request_check()
    {
        // The pull-request job runs check --strict: a warning in the showcase would give every
        // editor's first pull request a red cross (missing translations and role texts, LIX).
        Assert.True(sample.Result.Diagnostics.Count == 0, string.Join('\n', sample.Result.Diagnostics.Select(d => $"{d.Location}: {d.Code} {d.Message}")));
    }
}
