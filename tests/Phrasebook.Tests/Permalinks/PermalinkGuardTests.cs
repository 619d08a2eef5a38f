using AngleSharp.Html.Parser;
using Phrasebook.Build;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Permalinks;

/// <summary>
/// permalinks.txt keeps every published URL alive: a build that would lose one fails naming the URL
/// and the likely cause, unless redirect_from or retired_codes covers it.
/// </summary>
public sealed class PermalinkGuardTests
{
    private const string Vat = "input/industries/logistics/vat.yml";
    private const string Freight = "input/industries/logistics/freight-charge.yml";

    [Fact]
    public async Task Without_permalinks_txt_there_is_no_guard()
    {
        using var site = new SiteFixture();
        site.Delete(Vat);

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.False(File.Exists(site.PathOf("permalinks.txt")));
    }

    [Fact]
    public async Task Update_permalinks_writes_every_term_code_and_short_link_url_sorted_and_only_adds()
    {
        using var site = new SiteFixture();

        var first = await Update(site);

        Assert.Equal(21, first.PermalinksAdded);
        var urls = Urls(site);
        Assert.Equal(urls.Order(StringComparer.Ordinal), urls);
        Assert.Contains("/c/moms-25/", urls);
        Assert.Contains("/sv/codes/fsc/", urls);
        Assert.Contains("/en/terms/vat/", urls);
        Assert.DoesNotContain(urls, u => u.Contains("/roles/", StringComparison.Ordinal) || u.EndsWith("/codes/", StringComparison.Ordinal));
        Assert.StartsWith("# Every public URL", site.Read("permalinks.txt"), StringComparison.Ordinal);

        // An editor's comment and a URL added by hand survive; a rebuild adds only the new term's URLs.
        site.Write("permalinks.txt", site.Read("permalinks.txt").Replace("/c/fsc/\n", "# printed on invoices since 2019\n/c/fsc/\n", StringComparison.Ordinal) + "/nb/about/\n");
        site.Write("input/pages/about.nb.md", "---\ntitle: Om oss\n---\n\nVi kjører frakt.\n");
        site.WriteTerm("toll.yml", "id: toll\nterm: {nb: Bompenger}\nsummary: {nb: Avgift for å kjøre på veien.}\n");
        var second = await Update(site);

        Assert.Equal(3, second.PermalinksAdded);
        var text = site.Read("permalinks.txt");
        Assert.Contains("# printed on invoices since 2019\n/c/fsc/\n", text, StringComparison.Ordinal);
        Assert.Contains("/nb/about/\n", text, StringComparison.Ordinal);
        Assert.Contains("/sv/terms/toll/\n", text, StringComparison.Ordinal);
        Assert.Equal(Urls(site).Order(StringComparer.Ordinal), Urls(site));

        var third = await Update(site);
        Assert.Equal(0, third.PermalinksAdded);
        Assert.Equal(text, site.Read("permalinks.txt"));
    }

    [Fact]
    public async Task A_renamed_term_id_fails_the_build_naming_the_url_and_the_fix()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("id: vat", "id: value-added-tax", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var lost = result.Diagnostics.Where(d => d.Code == Codes.PermalinkLost).ToList();
        Assert.Equal(3, lost.Count);
        var d = DiagnosticAssert.At(result.Diagnostics, Codes.PermalinkLost, "permalinks.txt", LineOf(site, "/nb/terms/vat/"), 1, message: "The build no longer makes /nb/terms/vat/, a published address (invoices may print it): no term has the id 'vat' any more", hint: "add `redirect_from: [vat]` to it");
        Assert.Contains("status: deprecated", d.Hint, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "nb", "terms", "vat", "index.html")), "the previous output stays as it was");
        Assert.False(Directory.Exists(Path.Combine(site.OutputFolder, "nb", "terms", "value-added-tax")));
    }

    [Fact]
    public async Task Redirect_from_keeps_the_old_url_as_a_page_that_sends_readers_to_the_term()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("id: vat", "id: value-added-tax\nredirect_from: [vat]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.DoesNotContain(result.Diagnostics, d => d.Code is Codes.RedirectNeverPublished);
        foreach (var lang in new[] { "nb", "sv", "en" })
        {
            var page = Page(site, $"{lang}/terms/vat/index.html");
            Assert.Equal($"0; url=/{lang}/terms/value-added-tax/", page.QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
            Assert.Equal($"https://hjelp.example.no/{lang}/terms/value-added-tax/", page.QuerySelector("link[rel=canonical]")?.GetAttribute("href"));
            Assert.Equal("noindex", page.QuerySelector("meta[name=robots]")?.GetAttribute("content"));
            Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == $"/{lang}/terms/value-added-tax/");
        }

        var redirects = File.ReadAllText(Path.Combine(site.OutputFolder, "_redirects"));
        Assert.Contains("/sv/terms/vat  /sv/terms/value-added-tax/  301\n", redirects, StringComparison.Ordinal);
        Assert.Contains("/sv/terms/vat/  /sv/terms/value-added-tax/  301\n", redirects, StringComparison.Ordinal);
        Assert.DoesNotContain("/nb/terms/vat/", File.ReadAllText(Path.Combine(site.OutputFolder, "sitemap.xml")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_removed_code_fails_the_build_and_points_at_retired_codes()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.WriteTerm("freight-charge.yml", SiteFixture.FreightCharge.Replace("codes: [FRAKT]", "codes: [FRT]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.Equal(4, result.Diagnostics.Count(d => d.Code == Codes.PermalinkLost));
        DiagnosticAssert.At(result.Diagnostics, Codes.PermalinkLost, "permalinks.txt", LineOf(site, "/c/frakt/"), 1, message: "/c/frakt/", hint: "retired_codes");
        DiagnosticAssert.At(result.Diagnostics, Codes.PermalinkLost, "permalinks.txt", LineOf(site, "/en/codes/frakt/"), 1, message: "no term lists the invoice code 'frakt' any more");
    }

    [Fact]
    public async Task A_retired_code_keeps_its_pages_saying_the_code_is_no_longer_used_and_what_replaced_it()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.WriteTerm("freight-charge.yml", SiteFixture.FreightCharge.Replace("codes: [FRAKT]", "codes: [FRT]\n  retired_codes: [{code: FRAKT, since: 2025-03-01}]", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        var page = Page(site, "nb/codes/frakt/index.html");
        Assert.Equal("Koden FRAKT brukes ikke lenger", page.QuerySelector("h1")!.TextContent.Trim());
        var notice = page.QuerySelector(".notice")!.TextContent;
        Assert.Contains("FRAKT står ikke lenger på fakturaene våre", notice, StringComparison.Ordinal);
        Assert.Contains("Ikke brukt siden 2025-03-01.", notice, StringComparison.Ordinal);
        Assert.Contains("Den er erstattet av", notice, StringComparison.Ordinal);
        Assert.Equal("/nb/terms/freight-charge/", page.QuerySelector(".notice a.code-term")!.GetAttribute("href"));
        Assert.Contains(page.QuerySelectorAll(".notice a"), a => a.GetAttribute("href") == "/nb/codes/frt/");
        Assert.Equal("The code FRAKT is no longer used", Page(site, "en/codes/frakt/index.html").QuerySelector("h1")!.TextContent.Trim());

        // The short link of the old code still picks the reader's language and lands there.
        var shortLink = Page(site, "c/frakt/index.html");
        Assert.Contains(shortLink.QuerySelectorAll("a[hreflang]"), a => a.GetAttribute("href") == "/sv/codes/frakt/");
        Assert.Contains("/c/frakt  /c/frakt/  301\n", File.ReadAllText(Path.Combine(site.OutputFolder, "_redirects")), StringComparison.Ordinal);

        // codes.json: not among the codes printed today, but among the retired ones, with what replaced it.
        using var codes = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Path.Combine(site.OutputFolder, "codes.json")));
        Assert.DoesNotContain(codes.RootElement.GetProperty("codes").EnumerateArray(), c => c.GetProperty("code").GetString() == "FRAKT");
        var retired = Assert.Single(codes.RootElement.GetProperty("retired_codes").EnumerateArray());
        Assert.Equal("FRAKT", retired.GetProperty("code").GetString());
        Assert.Equal("freight-charge", retired.GetProperty("term_id").GetString());
        Assert.Equal("FRT", retired.GetProperty("replaced_by")[0].GetString());
        Assert.Equal("2025-03-01", retired.GetProperty("since").GetString());
    }

    [Fact]
    public async Task The_guard_reads_paths_relative_to_LinkRoot_so_moving_the_site_keeps_it_green()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.Write("statiq.json", SiteFixture.Settings.Replace("\"Theme\"", "\"LinkRoot\": \"/help/\",\n  \"Theme\"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "c", "fsc", "index.html")));
    }

    [Fact]
    public async Task A_line_that_is_not_a_url_path_is_an_error_with_its_line()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.Write("permalinks.txt", site.Read("permalinks.txt") + "# pasted from an invoice:\nhttps://hjelp.example.no/nb/terms/vat/\n/nb/terms/vat/?x=1\n");
        var lines = site.Read("permalinks.txt").Split('\n');

        var result = await site.BuildAsync();

        var first = Array.IndexOf(lines, "https://hjelp.example.no/nb/terms/vat/") + 1;
        DiagnosticAssert.At(result.Diagnostics, Codes.InvalidPermalink, "permalinks.txt", first, 1, message: "'https://hjelp.example.no/nb/terms/vat/' is not a URL path: write the path without the site's address", hint: "relative to LinkRoot");
        DiagnosticAssert.At(result.Diagnostics, Codes.InvalidPermalink, "permalinks.txt", first + 1, 1, message: "without ?query or #fragment");
    }

    [Fact]
    public async Task A_redirect_or_retired_code_that_was_never_published_is_a_warning()
    {
        using var site = new SiteFixture();
        await Update(site);
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("codes: ['MOMS 25%']", "codes: ['MOMS 25%']\n  retired_codes: [MVA]", StringComparison.Ordinal) + "\nredirect_from: [moms]\n");

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        DiagnosticAssert.One(result.Diagnostics, Codes.RedirectNeverPublished, Vat, 10, 17, message: "'moms' in redirect_from of 'vat' was never published: permalinks.txt has no /nb/terms/moms/.", severity: Severity.Warning);
        DiagnosticAssert.One(result.Diagnostics, Codes.RetiredCodeNeverPublished, Vat, 9, 19, message: "The retired code 'MVA' of 'vat' was never published: permalinks.txt has no /c/mva/.", severity: Severity.Warning);
    }

    [Fact]
    public async Task Cli_build_update_permalinks_reports_what_it_added()
    {
        using var site = new SiteFixture();

        var (code, output, _) = await Cli.Cli.Run("build", "--root", site.Root, "--update-permalinks");

        Assert.Equal(0, code);
        Assert.Contains("permalinks.txt: 21 new URL(s) added.", output, StringComparison.Ordinal);
        Assert.Equal(21, Urls(site).Count);
    }

    private static async Task<BuildResult> Update(SiteFixture site)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2, UpdatePermalinks = true });
        DiagnosticAssert.NoErrors(result.Diagnostics);
        return result;
    }

    private static List<string> Urls(SiteFixture site) =>
        [.. site.Read("permalinks.txt").Split('\n').Where(l => l.StartsWith('/'))];

    private static int LineOf(SiteFixture site, string url) => Array.IndexOf(site.Read("permalinks.txt").Split('\n'), url) + 1;

    private static AngleSharp.Dom.IDocument Page(SiteFixture site, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.OutputFolder, relative)));
}
