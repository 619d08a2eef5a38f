using System.Text;
using Phrasebook.Html;

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
    public void Names_that_only_end_like_the_attribute_are_not_it()
    {
        var html = "<a data-href=\"/no\" xid=\"no\" xlink:href=\"/no\" id=\"yes\">";

        Assert.Empty(Values(html, "href"));
        Assert.Equal(["yes"], Values(html, "id"));
    }

    [Fact]
    public void Unquoted_and_missing_values_are_values_as_a_browser_reads_them()
    {
        var html = "<a href=/unquoted?a=1&amp;b=\"2\">x</a><a href = '/spaced' ><img src=/i.png/><a href>e</a><a href=>f</a>";

        Assert.Equal(["/unquoted?a=1&b=\"2\"", "/spaced", "", ""], Values(html, "href"));
        Assert.Equal(["/i.png/"], Values(html, "src"));
    }

    [Fact]
    public void Names_in_any_case_and_the_first_of_two_same_names()
    {
        var html = "<A HREF=\"/upper\" Id=one ID=two><a/href=\"/slash\"><a href=\"/first\" href=\"/second\">";

        Assert.Equal(["/upper", "/slash", "/first"], Values(html, "href"));
        Assert.Equal(["one"], Values(html, "id"));
    }

    [Fact]
    public void Comments_end_tags_and_text_elements_hold_no_attributes()
    {
        var html = "<!-- <a href=\"/c\"> --><!--> <a href=/after-abrupt> <title><a href=/t></title ><textarea id=t><b id=x></textarea>"
            + "</a href=\"/end\"><style>a[href=\"/s\"]{}</style><p title=\"a > b\" id=p>";

        Assert.Equal(["/after-abrupt"], Values(html, "href"));
        Assert.Equal(["t", "p"], Values(html, "id"));
    }

    [Fact]
    public void A_tag_cut_off_by_the_end_of_the_file_is_dropped()
    {
        Assert.Equal(["/a"], Values("<a href=/a><a href=/b", "href"));
        Assert.Equal(["/a"], Values("<a href=/a><a href='/b' ", "href"));
    }

    [Fact]
    public void Script_bodies_are_code_not_markup()
    {
        var html = "<script src=\"/s.js\"></script><SCRIPT>var a = ' href=\"/in-script\" </scripts>';</SCRIPT><a href=\"/after\">a</a>";

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

    [Fact]
    public void A_callback_may_scan_another_page()
    {
        var outer = new List<string>();
        var inner = new List<string>();
        HtmlAttributes.Scan(Encoding.UTF8.GetBytes("<a href=/1><a href=/2>"), ["href"], (_, raw) =>
        {
            outer.Add(HtmlAttributes.Decode(raw));
            inner.AddRange(Values("<img src=/x><img src=/y>", "src"));
        });

        Assert.Equal(["/1", "/2"], outer);
        Assert.Equal(["/x", "/y", "/x", "/y"], inner);
    }

    private static List<string> Values(string html, string attribute) => HtmlAttributes.Values(Encoding.UTF8.GetBytes(html), attribute);
}
