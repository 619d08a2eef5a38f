namespace Phrasebook.Tests.Build;

/// <summary>One check per page type of the sample site: the page shows what its type promises.</summary>
public sealed class PageTypeTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    /// <summary>The main text as a reader sees it: hidden term tooltips left out.</summary>
    private static string MainText(AngleSharp.Dom.IDocument page)
    {
        foreach (var tip in page.QuerySelectorAll("main .term-tip").ToList())
        {
            tip.Remove();
        }

        return page.QuerySelector("main")!.TextContent;
    }

    [Fact]
    public void Home_lists_roles_industries_and_processes_in_order()
    {
        var page = sample.Page("nb/index.html");
        var links = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/nb/roles/finance/", links);
        Assert.Contains("/nb/industries/warehousing/", links);
        var processes = links.Where(l => l!.StartsWith("/nb/processes/", StringComparison.Ordinal)).Distinct().ToList();
        Assert.Equal(["/nb/processes/ordering/", "/nb/processes/delivery/", "/nb/processes/invoicing/"], processes);
        // The search box is at the top, in the header, as on every other page, and only there.
        Assert.NotNull(page.QuerySelector("header.site-header form[role=search] #site-q"));
        Assert.Single(page.QuerySelectorAll("form[role=search]"));
    }

    [Fact]
    public void Role_page_puts_that_roles_text_on_every_term()
    {
        var page = sample.Page("en/roles/finance/index.html");
        Assert.Equal("finance", page.QuerySelector("[data-role-page]")!.GetAttribute("data-role-page"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/en/terms/fuel-surcharge/");
        Assert.Contains("The surcharge follows the freight charge and has the same VAT rate.", MainText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Role_phrasebook_comes_in_pages_of_role_page_size_named_by_their_first_and_last_term()
    {
        // The sample's RolePageSize (20) spreads its terms over two pages per role, in A-Z order.
        static List<string> Cards(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("main .term-card .card-title a").Select(a => a.GetAttribute("href")!)];
        var az = sample.Page("sv/terms/index.html");
        var titles = az.QuerySelectorAll("main .term-card .card-title a").Select(a => a.TextContent.Trim()).ToList();
        var first = sample.Page("sv/roles/finance/index.html");
        var second = sample.Page("sv/roles/finance/page/2/index.html");

        Assert.Equal(20, Cards(first).Count);
        Assert.Equal(Cards(az), [.. Cards(first), .. Cards(second)]);
        Assert.False(File.Exists(Path.Combine(sample.Output, "sv/roles/finance/page/3/index.html")));
        Assert.Equal("/sv/roles/finance/page/2/", first.QuerySelector("main a[rel=next]")!.GetAttribute("href"));
        Assert.Null(first.QuerySelector("main a[rel=prev]"));
        Assert.Equal("/sv/roles/finance/", second.QuerySelector("main a[rel=prev]")!.GetAttribute("href"));
        Assert.Null(second.QuerySelector("main a[rel=next]"));
        var pages = second.QuerySelectorAll("main .pager-pages li a").ToList();
        Assert.Equal(
            [$"1 {titles[0]} – {titles[19]}", $"2 {titles[20]} – {titles[^1]}"],
            pages.Select(a => string.Join(' ', a.TextContent.Split(' ', StringSplitOptions.RemoveEmptyEntries))));
        Assert.Equal([null, "page"], pages.Select(a => a.GetAttribute("aria-current")));
        Assert.Contains("Sida 2 av 2", second.QuerySelector("main .pager-status")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith($"{second.QuerySelector("h1")!.TextContent.Trim()} – Sida 2 av 2", second.Title, StringComparison.Ordinal);
        Assert.EndsWith("/sv/roles/finance/page/2/", second.QuerySelector("link[rel=canonical]")!.GetAttribute("href"), StringComparison.Ordinal);
        // Terms sort differently in each language: the switcher leads to the role's first page.
        Assert.Equal("/en/roles/finance/", second.QuerySelector("a[data-lang=en]")!.GetAttribute("href"));
    }

    [Fact]
    public void Industry_page_lists_only_its_terms()
    {
        var page = sample.Page("sv/industries/warehousing/index.html");
        var terms = page.QuerySelectorAll("main a[href^='/sv/terms/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.Contains("/sv/terms/pallet-space/", terms);
        Assert.DoesNotContain("/sv/terms/fuel-surcharge/", terms);
    }

    [Fact]
    public void Process_page_renders_markdown_and_resolves_id_links_in_its_language()
    {
        var page = sample.Page("sv/processes/invoicing/index.html");
        Assert.NotNull(page.QuerySelector("main table"));
        Assert.NotEmpty(page.QuerySelectorAll("main h2[id]"));
        var hrefs = page.QuerySelectorAll("main a").Select(a => a.GetAttribute("href")!).ToList();
        Assert.Contains(hrefs, h => h.StartsWith("/sv/terms/", StringComparison.Ordinal));
        Assert.Contains(hrefs, h => h.StartsWith("/sv/codes/", StringComparison.Ordinal));
        Assert.DoesNotContain(hrefs, h => h.StartsWith("term:", StringComparison.Ordinal) || h.StartsWith("code:", StringComparison.Ordinal));
    }

    [Fact]
    public void A_to_z_groups_terms_by_letter_in_the_languages_alphabet()
    {
        var page = sample.Page("nb/terms/index.html");
        var letters = page.QuerySelectorAll("main h2[id^='letter-']").Select(h => h.TextContent.Trim()).ToList();
        Assert.Contains("D", letters);
        Assert.Equal(letters.Order(StringComparer.Create(new System.Globalization.CultureInfo("nb-NO"), true)), letters);
        Assert.Equal(38, page.QuerySelectorAll("main a[href^='/nb/terms/']").Select(a => a.GetAttribute("href")).Distinct().Count());
    }

    [Fact]
    public void Codes_index_is_a_table_of_every_code()
    {
        var page = sample.Page("nb/codes/index.html");
        var rows = page.QuerySelectorAll("main table tbody tr");
        Assert.True(rows.Length >= 30, $"{rows.Length} rows");
        Assert.Contains(rows, r => r.TextContent.Contains("MOMS 25%", StringComparison.Ordinal) && r.QuerySelector("a[href='/nb/codes/moms-25/']") is not null);
    }

    [Fact]
    public void Code_page_shows_the_code_its_term_and_the_example_line()
    {
        var page = sample.Page("en/codes/fsc/index.html");
        Assert.Equal("FSC", page.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/en/terms/fuel-surcharge/");
        Assert.Contains("Drivstofftillegg 12,5 %", MainText(page), StringComparison.Ordinal);
    }

    [Fact]
    public void Short_link_offers_every_language_and_refreshes_to_the_default_without_javascript()
    {
        var page = sample.Page("c/fsc/index.html");
        var links = page.QuerySelectorAll("main a[hreflang]").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/nb/codes/fsc/", "/sv/codes/fsc/", "/en/codes/fsc/"], links);
        Assert.Contains("url=/nb/codes/fsc/", File.ReadAllText(Path.Combine(sample.Output, "c", "fsc", "index.html")), StringComparison.Ordinal);
    }

    [Fact]
    public void Root_chooses_a_language_and_refreshes_to_the_default_without_javascript()
    {
        var html = File.ReadAllText(Path.Combine(sample.Output, "index.html"));
        Assert.Contains("<meta http-equiv=\"refresh\" content=\"0; url=/nb/\">", html, StringComparison.Ordinal);
        var page = sample.Page("index.html");
        Assert.Equal(["/nb/", "/sv/", "/en/"], page.QuerySelectorAll("main a[hreflang]").Select(a => a.GetAttribute("href")).ToList());
    }

    [Fact]
    public void Not_found_pages_exist_per_language_with_links_home()
    {
        var page = sample.Page("sv/404.html");
        Assert.Equal("sv", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("main a"), a => a.GetAttribute("href") == "/sv/");
        Assert.Equal("nb", sample.Page("404.html").DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public void Free_pages_and_the_home_text_come_from_input_pages()
    {
        var about = sample.Page("en/about/index.html");
        Assert.False(string.IsNullOrWhiteSpace(about.QuerySelector("h1")!.TextContent));
        Assert.Contains("Nordlys", MainText(sample.Page("en/index.html")), StringComparison.Ordinal);
    }
}
