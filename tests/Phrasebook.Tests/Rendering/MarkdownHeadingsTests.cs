using AngleSharp.Html.Parser;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown;
using Phrasebook.Markdown.Syntax;
using Phrasebook.Tests.Build;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Rendering;

/// <summary>
/// A process page's table of contents comes from the syntax tree of its Markdown, read with the content,
/// not from the rendered page, and says what the rendered headings say.
/// </summary>
public sealed class MarkdownHeadingsTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Tricky = """
        ## Plain

        ### With *emphasis*, `code <b>`, &amp; an entity and a\
        paragraph after it

        ## A [link](https://example.no) <https://auto.example.no> ![image](/a.png) [to a term](term:fuel-surcharge)

        Setext
        ------

        > ## Quoted

        - ### In a list

        ## Plain

        #### Too deep

        # Too high

        ## ~~struck~~ \*escaped\* <b>not html</b> æøå

        ##    spaced   ##
        """;

    [Fact]
    public void Headings_read_from_the_tree_are_what_the_renderer_writes()
    {
        using var site = new SiteFixture();
        var bag = new DiagnosticBag();
        var renderer = new MarkdownRenderer(new SiteIndex(ContentLoader.Load(site.Root, bag, 2)!));
        var html = new HtmlParser().ParseDocument(renderer.Render(Tricky, "nb"));
        var rendered = html.QuerySelectorAll("h2, h3").Select(h => (int.Parse(h.LocalName[1..]), h.Id!, h.TextContent.Trim())).ToList();

        var read = MarkdownHeadings.Of(Tricky).Select(h => (h.Level, h.Id, h.Text)).ToList();

        Assert.Equal(9, rendered.Count);
        Assert.Equal(rendered, read);
        Assert.Contains((3, "with-emphasis-code-b--an-entity-and-a", "With emphasis, code <b>, & an entity and a\\"), read);
        Assert.Contains(read, h => h.Text == "A link https://auto.example.no  to a term");
        Assert.Equal(["plain", "plain-1"], read.Where(h => h.Text == "Plain").Select(h => h.Id));
    }

    [Fact]
    public void An_image_with_an_unsafe_url_is_its_alt_text()
    {
        // The renderer writes such an image's alt text twice (MarkdownRenderer.Unwrap; a bug of its own, left for
        // its owner): the table of contents has it once.
        Assert.Equal("x unsafe y", Assert.Single(MarkdownHeadings.Of("## x ![unsafe](javascript:alert(1)) y")).Text);
    }

    [Fact]
    public void A_body_without_headings_has_none() => Assert.Empty(MarkdownHeadings.Of("Just text, *no* heading.\n\n- a list\n"));

    [Fact]
    public void Every_process_page_lists_its_h2_and_h3_headings_in_its_table_of_contents()
    {
        var pages = Directory.GetFiles(sample.Output, "index.html", SearchOption.AllDirectories)
            .Where(p => p.Replace('\\', '/').Contains("/processes/", StringComparison.Ordinal) && !p.EndsWith("/processes/index.html", StringComparison.Ordinal))
            .ToList();
        Assert.True(pages.Count >= 6, $"{pages.Count} process pages");
        var listed = 0;
        foreach (var path in pages)
        {
            var page = sample.Page(Path.GetRelativePath(sample.Output, path));
            var toc = page.QuerySelectorAll("nav.toc li").Select(li => (li.ClassName ?? "", li.QuerySelector("a")!.GetAttribute("href") ?? "", li.TextContent.Trim())).ToList();
            var headings = page.QuerySelectorAll("main .prose h2[id], main .prose h3[id]").Select(h => ($"toc-level-{h.LocalName[1]}", "#" + h.Id, h.TextContent.Trim())).ToList();
            Assert.Equal(headings.Count > 1 ? headings : [], toc);
            listed += toc.Count;
        }

        Assert.True(listed > pages.Count, $"{listed} entries on {pages.Count} pages");
    }
}
