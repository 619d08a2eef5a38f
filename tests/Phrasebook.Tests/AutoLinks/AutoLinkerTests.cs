using AngleSharp.Html.Parser;

namespace Phrasebook.Tests.AutoLinks;

public sealed class AutoLinkerTests(LinkedSite site) : IClassFixture<LinkedSite>
{
    private static List<string> Links(string html) =>
        [.. new HtmlParser().ParseDocument(html).QuerySelectorAll("a.term-link").Select(a => $"{a.TextContent}->{a.GetAttribute("href")}")];

    [Fact]
    public void The_first_mention_per_section_is_linked()
    {
        var html = site.Linker("nb").Link("<p>Frakten og frakten.</p><h2>Mer</h2><p>Frakt igjen.</p>", null, "t");
        Assert.Equal(["Frakten->/nb/terms/freight-charge/", "Frakt->/nb/terms/freight-charge/"], Links(html));
    }

    [Fact]
    public void Headings_code_and_existing_links_are_left_alone()
    {
        var input = "<h2>Frakt</h2><p><code>frakt</code> <a href=\"/x/\">frakt</a></p><pre><code>frakt</code></pre>";
        Assert.Equal(input, site.Linker("nb").Link(input, null, "t"));
    }

    [Fact]
    public void A_term_the_author_linked_already_is_not_linked_again_in_that_section()
    {
        var html = site.Linker("nb").Link("<p><a href=\"/nb/terms/freight-charge/\">frakten</a> og frakt.</p>", null, "t");
        Assert.Empty(Links(html));
    }

    [Fact]
    public void A_term_is_not_linked_to_itself()
    {
        var html = site.Linker("nb").Link("<p>Frakten og mva.</p>", "freight-charge", "t");
        Assert.Equal(["mva->/nb/terms/vat/"], Links(html));
    }

    [Fact]
    public void Each_link_is_described_by_a_tooltip_with_the_summary()
    {
        var html = site.Linker("sv").Link("<p>Frakten och moms.</p>", null, "tip-x");
        var doc = new HtmlParser().ParseDocument(html);
        var links = doc.QuerySelectorAll("a.term-link").ToList();
        Assert.Equal(2, links.Count);
        foreach (var link in links)
        {
            var tip = doc.GetElementById(link.GetAttribute("aria-describedby")!);
            Assert.NotNull(tip);
            Assert.Equal("tooltip", tip!.GetAttribute("role"));
            Assert.True(tip.HasAttribute("hidden"));
            Assert.StartsWith("summary of ", tip.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal(["tip-x-1", "tip-x-2"], links.Select(l => l.GetAttribute("aria-describedby")).ToList());
    }

    [Fact]
    public void Text_is_escaped_and_nothing_else_changes()
    {
        var html = site.Linker("nb").Link("<p>&lt;script&gt; frakt &amp; mer</p>", null, "t");
        Assert.StartsWith("<p>&lt;script&gt; <a href=\"/nb/terms/freight-charge/\"", html, StringComparison.Ordinal);
        Assert.EndsWith(" &amp; mer</p>", html, StringComparison.Ordinal);
    }
}
