using System.Text;
using Phrasebook.Links;

namespace Phrasebook.Tests.Links;

/// <summary>The link checker reads attributes from the page's UTF-8 bytes without a DOM.</summary>
public sealed class HtmlAttributesTests
{
    [Fact]
    public void Quoted_values_are_found_in_order_and_decoded()
    {
        var html = "<a href=\"/nb/terms/fr%C3%A5/\">x</a> <a class=\"c\" href='/a?x=1&amp;y=2'>y</a>\n<img src=\"/æ.png\" id=\"bilde-ø\">";

        Assert.Equal(["/nb/terms/fr%C3%A5/", "/a?x=1&y=2"], Values(html, "href"));
        Assert.Equal(["/æ.png"], Values(html, "src"));
        Assert.Equal(["bilde-ø"], Values(html, "id"));
    }

    [Fact]
    public void Names_that_only_end_like_the_attribute_and_unquoted_values_are_not_values()
    {
        var html = "<a data-href=\"/no\" xid=\"no\" href=/unquoted id=\"yes\">";

        Assert.Empty(Values(html, "href"));
        Assert.Equal(["yes"], Values(html, "id"));
    }

    [Fact]
    public void Script_bodies_are_code_not_markup()
    {
        var html = "<script src=\"/s.js\"></script><SCRIPT>var a = ' href=\"/in-script\"';</SCRIPT><a href=\"/after\">a</a>";

        Assert.Equal(["/after"], Values(html, "href"));
        Assert.Equal(["/s.js"], Values(html, "src"));
    }

    [Fact]
    public void Several_attributes_at_once_give_what_each_gives_alone()
    {
        var html = "<script src=\"/s.js\"></script><SCRIPT>var a = ' href=\"/in-script\" id=\"no\"';</SCRIPT><a href=\"/after\" id=\"yes\">a</a>";

        var found = HtmlAttributes.Values(Encoding.UTF8.GetBytes(html), "id", "href", "src");

        Assert.Equal(3, found.Length);
        Assert.Equal(["yes"], found[0]);
        Assert.Equal(["/after"], found[1]);
        Assert.Equal(["/s.js"], found[2]);
    }

    [Fact]
    public void An_unclosed_quote_ends_the_scan()
    {
        Assert.Equal(["/a"], Values("<a href=\"/a\"><a href=\"/b", "href"));
    }

    private static List<string> Values(string html, string attribute) => HtmlAttributes.Values(Encoding.UTF8.GetBytes(html), attribute);
}
