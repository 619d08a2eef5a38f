using Phrasebook.AutoLinks;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown;
using Phrasebook.Markdown.Syntax;
using Phrasebook.Tests.Validation;
using Phrasebook.Views;

namespace Phrasebook.Tests.Rendering;

/// <summary>
/// The shortcuts of rendering 70,000 pages: a plain line is not parsed, a text shared by several pages
/// is rendered once and let go after its last page. Each must give what the long way gives.
/// </summary>
public sealed class SharedRenderingTests
{
    public static TheoryData<string> Lines =>
    [
        "Drivstofftillegg",
        "Fuel surcharge (FSC) on every 100 km: 5 %, see \"prices\".",
        "Ære være økonomien, ja? Nei!",
        "It's a 2-step / 3-step thing; really",
        "Two  spaces inside",
        " leading space",
        "trailing space ",
        "1. a list",
        "b) a list",
        "- dash",
        "# heading",
        "a *b* c",
        "a [link](term:x)",
        "<b>x</b> & y",
        "a\nb",
        "a=b",
        "",
        "x~y~ ++z++ ==w==",
        "tab\there",
    ];

    [Theory]
    [MemberData(nameof(Lines))]
    public void A_plain_line_renders_as_Markdig_renders_it(string line)
    {
        using var site = new SiteFixture();
        var renderer = new MarkdownRenderer(new SiteIndex(ContentLoader.Load(site.Root, new DiagnosticBag(), 2)!));
        var html = Markdig.Markdown.ToHtml(renderer.Tree(line, "nb"), MarkdownSyntax.Pipeline).TrimEnd('\n');
        var expected = html.StartsWith("<p>", StringComparison.Ordinal) && html.EndsWith("</p>", StringComparison.Ordinal) && html.IndexOf("<p>", 3, StringComparison.Ordinal) < 0 ? html[3..^4] : html;

        Assert.Equal(expected, renderer.RenderInline(line, "nb"));
    }

    [Fact]
    public void Lines_that_could_be_Markdown_take_the_long_way()
    {
        Assert.True(MarkdownRenderer.IsPlainLine("Fuel surcharge: 5 %."));
        Assert.False(MarkdownRenderer.IsPlainLine("1. a list"));
        Assert.False(MarkdownRenderer.IsPlainLine("a *b*"));
        Assert.False(MarkdownRenderer.IsPlainLine(" a"));
        Assert.False(MarkdownRenderer.IsPlainLine("a\nb"));
    }

    [Fact]
    public void A_shared_text_is_made_once_and_let_go_after_its_last_use()
    {
        var texts = new SharedTexts();
        var made = 0;
        View Make()
        {
            made++;
            return new View { ["html"] = "<p>x</p>" };
        }

        var first = Assert.IsType<View>(texts.Get(("term", "role"), 3, Make));
        Assert.Same(first, texts.Get(("term", "role"), 3, Make));
        Assert.Equal(1, texts.Count);
        Assert.Same(first, texts.Get(("term", "role"), 3, Make));
        Assert.Equal(0, texts.Count);
        Assert.Equal(1, made);

        // Asked for once more (the preview renders a page again): made again, the same.
        Assert.Equal(first["html"], texts.Get(("term", "role"), 3, Make)?["html"]);
        Assert.Equal(2, made);
    }

    [Theory]
    [InlineData("", "term-1")]
    [InlineData("Drivstofftillegg øker", null)]
    [InlineData("split pair \uD83D", "\uDE00 and more")]
    [InlineData("lone \uD83D", "term-1")]
    public void Tooltip_ids_hash_the_text_and_its_term_as_one_string(string text, string? self)
    {
        var @long = string.Concat(Enumerable.Repeat(text + "æøå ", 400));
        Assert.Equal(AutoLinker.IdPrefixFor(text + self), AutoLinker.IdPrefixFor(text, self));
        Assert.Equal(AutoLinker.IdPrefixFor(@long + self), AutoLinker.IdPrefixFor(@long, self));
        Assert.Equal(OldPrefix(@long + self), AutoLinker.IdPrefixFor(@long, self));
    }

    // The prefix as it was computed before, through one array of the joined string's UTF-8.
    private static string OldPrefix(string text)
    {
        var hash = 2166136261u;
        foreach (var b in System.Text.Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return "tip-" + hash.ToString("x8", System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public void A_text_used_once_is_not_kept()
    {
        var texts = new SharedTexts();
        texts.Get(("term", "role"), 1, () => new View());
        Assert.Equal(0, texts.Count);
    }
}
