using System.Collections.Concurrent;
using System.Text;
using Phrasebook.Links;

namespace Phrasebook.Tests.Links;

/// <summary>What the link check keeps of each page: its ids (as hashes) and its URLs (pooled).</summary>
public sealed class LinkFactsTests
{
    [Fact]
    public void Every_id_of_the_page_is_found_as_the_browser_reads_it_and_no_other()
    {
        var facts = Of("<h2 id=\"role-finance\">a</h2><p id=\"bilde-ø\" id=\"second\"></p><i ID=a&amp;b></i><span id=\"role-finance\"></span><script>x = ' id=\"in-script\"'</script>");

        Assert.True(facts.HasId("role-finance"));
        Assert.True(facts.HasId("bilde-ø"));
        Assert.True(facts.HasId("a&b"));
        Assert.False(facts.HasId("a&amp;b"));
        Assert.False(facts.HasId("role-finance-heading"));
        Assert.False(facts.HasId("in-script"));
        // A browser keeps the first of two ids on one element.
        Assert.False(facts.HasId("second"));
        Assert.False(facts.HasId(""));
    }

    [Fact]
    public void A_page_without_ids_has_none()
    {
        Assert.False(Of("<p>no ids</p>").HasId("main"));
    }

    [Fact]
    public void Urls_are_decoded_and_kept_once_in_the_order_first_met_hrefs_before_srcs()
    {
        var facts = Of("<img src=\"/logo.svg\"><a href=\"/b/\">b</a><a href=\"/a/?x=1&amp;y=2\">a</a><a href=\"/b/\">again</a>");

        Assert.Equal(["/b/", "/a/?x=1&y=2", "/logo.svg"], facts.Urls.ToArray());
    }

    [Fact]
    public void The_same_url_on_two_pages_is_one_string_from_the_pool()
    {
        var pool = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);

        var first = Of("<a href=\"/nb/terms/frakt/\">x</a><a href=\"/a?b=1&amp;c=2\">y</a>", pool);
        var second = Of("<p><a href=\"/nb/terms/frakt/\">x</a><a href=\"/a?b=1&amp;c=2\">y</a></p>", pool);

        Assert.Same(first.Urls[0], second.Urls[0]);
        Assert.Same(first.Urls[1], second.Urls[1]);
        Assert.Equal(2, pool.Count);
    }

    [Fact]
    public void A_long_url_is_kept_whole()
    {
        var url = "/" + new string('å', 600) + "/";

        Assert.Equal([url], Of($"<a href=\"{url}\">x</a>", new ConcurrentDictionary<string, string>(StringComparer.Ordinal)).Urls.ToArray());
    }

    private static LinkFacts Of(string html, ConcurrentDictionary<string, string>? pool = null) => LinkFacts.Of(Encoding.UTF8.GetBytes(html), pool);
}
