using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace Phrasebook.Tests.Build;

/// <summary>The term page is the page customers land on most: checked element by element.</summary>
public sealed class TermPageTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Fact]
    public void Term_page_shows_term_summary_roles_codes_and_related()
    {
        var page = sample.Page("nb/terms/fuel-surcharge/index.html");
        Assert.Equal("nb", page.DocumentElement.GetAttribute("lang"));
        Assert.StartsWith("Drivstofftillegg", page.Title, StringComparison.Ordinal);
        Assert.Contains("Drivstofftillegg", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("BAF", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("dieselprisen", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        foreach (var role in new[] { "finance", "purchaser", "user" })
        {
            var section = page.GetElementById($"role-{role}");
            Assert.NotNull(section);
            Assert.Equal(role, section!.GetAttribute("data-role-text"));
        }

        var codeLinks = page.QuerySelectorAll("main a[href^='/nb/codes/']").Select(a => a.GetAttribute("href")).ToHashSet();
        Assert.Contains("/nb/codes/fsc/", codeLinks);
        Assert.Contains("/nb/codes/baf/", codeLinks);
        Assert.Contains(page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")), h => h == "/nb/terms/freight-charge/");
        Assert.Contains("FSC", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Term_page_links_to_the_same_term_in_the_other_languages()
    {
        var page = sample.Page("sv/terms/fuel-surcharge/index.html");
        var alternates = page.QuerySelectorAll("link[rel=alternate][hreflang]").ToDictionary(l => l.GetAttribute("hreflang")!, l => l.GetAttribute("href")!);
        Assert.Equal("https://hjelp.nordlysfrakt.no/nb/terms/fuel-surcharge/", alternates["nb"]);
        Assert.Equal("https://hjelp.nordlysfrakt.no/en/terms/fuel-surcharge/", alternates["en"]);
        var switcher = page.QuerySelectorAll("a[hreflang]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/nb/terms/fuel-surcharge/", switcher);
        Assert.Contains("/en/terms/fuel-surcharge/", switcher);
    }

    [Fact]
    public async Task A_missing_translation_is_a_warning_and_shows_the_default_text_marked_as_not_translated()
    {
        // The sample is complete (it passes check --strict), so the gap an editor leaves is planted in a copy.
        using var site = Repo.CopySample();
        const string file = "input/industries/warehousing/order-line.yml";
        const string swedish = "  sv: En vara i en order, oavsett hur många av den som är beställda.\n";
        Assert.Contains(swedish, site.Read(file), StringComparison.Ordinal);
        site.Write(file, site.Read(file).Replace(swedish, "", StringComparison.Ordinal));
        var result = await Phrasebook.Build.SiteBuilder.BuildAsync(new Phrasebook.Build.BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Select(d => d.Message)));
        var warning = Assert.Single(result.Diagnostics);
        Assert.Equal(("PB101", file, 2), (warning.Code, warning.Location.Path, warning.Location.Line));
        Assert.Contains("'order-line' is not translated to 'sv': summary", warning.Message, StringComparison.Ordinal);

        IDocument Page(string relative) => new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, relative)));
        var page = Page("sv/terms/order-line/index.html");
        var fallback = page.QuerySelectorAll("[lang=nb]").FirstOrDefault(e => e.TextContent.Contains("uansett hvor mange", StringComparison.Ordinal));
        Assert.NotNull(fallback);
        Assert.Contains("Inte översatt än", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        var translated = Page("nb/terms/order-line/index.html");
        Assert.DoesNotContain("Ikke oversatt", translated.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void Deprecated_term_points_to_its_replacement()
    {
        var page = sample.Page("en/terms/environmental-surcharge/index.html");
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/en/terms/fuel-surcharge/");
    }

    [Fact]
    public void Changes_are_listed_newest_first_with_machine_readable_dates()
    {
        var page = sample.Page("nb/terms/fuel-surcharge/index.html");
        var dates = page.QuerySelectorAll("main .changes time[datetime]").Select(t => t.GetAttribute("datetime")!).ToList();
        Assert.True(dates.Count >= 2, string.Join(",", dates));
        Assert.Equal(dates.OrderDescending(StringComparer.Ordinal), dates);
    }

    [Fact]
    public void Every_page_has_landmarks_a_skip_link_and_an_edit_link()
    {
        var page = sample.Page("en/terms/fuel-surcharge/index.html");
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#main"));
        Assert.NotNull(page.QuerySelector("footer"));
        Assert.NotNull(page.QuerySelector("a[href='#main']"));
        Assert.Contains(page.QuerySelectorAll("a"), a => a.GetAttribute("href") == "https://github.com/nordlys-frakt/phrasebook/edit/main/input/industries/logistics/fuel-surcharge.yml");
    }
}
