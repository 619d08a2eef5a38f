namespace Phrasebook.Tests.Build;

/// <summary>Term pages list where they are mentioned; process pages list the terms met, in order, and a table of contents.</summary>
public sealed class BacklinkTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Fact]
    public void A_term_page_lists_the_processes_and_pages_that_mention_it()
    {
        var page = sample.Page("nb/terms/freight-charge/index.html");
        var section = page.GetElementById("mentioned-heading")!.ParentElement!;
        var links = section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/nb/processes/invoicing/", links);
        Assert.Contains("/nb/processes/ordering/", links);
    }

    [Fact]
    public void A_process_page_lists_the_terms_met_in_order_of_first_mention()
    {
        var page = sample.Page("nb/processes/delivery/index.html");
        var body = page.QuerySelector("main .prose")!;
        var mentioned = body.QuerySelectorAll("a[href^='/nb/terms/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        var listed = page.GetElementById("terms-heading")!.ParentElement!.QuerySelectorAll("a[href^='/nb/terms/']").Select(a => a.GetAttribute("href")).Distinct().ToList();
        Assert.True(mentioned.Count >= 3, string.Join(", ", mentioned));
        Assert.Equal(mentioned, listed.Take(mentioned.Count).ToList());
    }

    [Fact]
    public void A_process_page_has_a_table_of_contents_from_its_headings()
    {
        var page = sample.Page("nb/processes/delivery/index.html");
        var toc = page.QuerySelectorAll("nav.toc a").Select(a => a.GetAttribute("href")!).ToList();
        var headings = page.QuerySelectorAll("main .prose h2[id]").Select(h => "#" + h.Id).ToList();
        Assert.True(headings.Count >= 3);
        Assert.Equal(headings, toc);
    }
}
