using System.Globalization;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Phrasebook.Build;
using Phrasebook.Tests.Build;

namespace Phrasebook.Tests.History;

/// <summary>The change log for customers: a page and an Atom feed per language, and each term's own record.</summary>
public sealed class ChangesFeedTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Every change note in the sample's term files (a "- date:" line under changes:).</summary>
    private static int ChangesInSample => Directory.GetFiles(Path.Combine(Repo.Root, "input", "industries"), "*.yml", SearchOption.AllDirectories)
        .Sum(f => File.ReadAllLines(f).Count(l => l.TrimStart().StartsWith("- date:", StringComparison.Ordinal)));

    [Theory]
    [InlineData("nb")]
    [InlineData("sv")]
    [InlineData("en")]
    public void The_feed_is_valid_Atom_read_by_a_real_parser(string lang)
    {
        var path = Path.Combine(sample.Output, lang, "changes", "feed.xml");
        using var reader = XmlReader.Create(path);
        var formatter = new Atom10FeedFormatter();
        Assert.True(formatter.CanRead(reader));
        formatter.ReadFrom(reader);
        var feed = formatter.Feed;

        Assert.Equal($"https://hjelp.nordlysfrakt.no/{lang}/changes/feed.xml", feed.Id);
        Assert.Equal(lang, feed.Language);
        Assert.Contains(feed.Links, l => l.RelationshipType == "self" && l.Uri.AbsoluteUri == feed.Id);
        Assert.Contains(feed.Links, l => l.RelationshipType == "alternate" && l.Uri.AbsoluteUri == $"https://hjelp.nordlysfrakt.no/{lang}/changes/");
        var items = feed.Items.ToList();
        Assert.True(ChangesInSample >= 5, "the sample should show a real change log");
        Assert.Equal(ChangesInSample, items.Count);
        Assert.Equal(items.Count, items.Select(i => i.Id).Distinct().Count());
        Assert.Equal(items.Max(i => i.LastUpdatedTime), feed.LastUpdatedTime);
        Assert.Equal(items.Select(i => i.LastUpdatedTime).OrderByDescending(d => d), items.Select(i => i.LastUpdatedTime));
        foreach (var item in items)
        {
            Assert.StartsWith("tag:hjelp.nordlysfrakt.no,", item.Id, StringComparison.Ordinal);
            var link = Assert.Single(item.Links).Uri.AbsoluteUri;
            Assert.StartsWith($"https://hjelp.nordlysfrakt.no/{lang}/terms/", link, StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(item.Title.Text));
            Assert.IsType<TextSyndicationContent>(item.Content);
            Assert.Equal("html", ((TextSyndicationContent)item.Content).Type);
        }
    }

    [Fact]
    public void The_feed_has_what_RFC_4287_requires()
    {
        var feed = XDocument.Load(Path.Combine(sample.Output, "sv", "changes", "feed.xml")).Root!;

        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        // atom:author is required on the feed unless every entry has one.
        Assert.False(string.IsNullOrWhiteSpace(Assert.Single(feed.Elements(Atom + "author")).Element(Atom + "name")?.Value));
        Assert.True(Uri.IsWellFormedUriString(feed.Element(Atom + "id")!.Value, UriKind.Absolute));
        var entries = feed.Elements(Atom + "entry").ToList();
        Assert.NotEmpty(entries);
        foreach (var entry in entries)
        {
            Assert.Single(entry.Elements(Atom + "id"));
            Assert.Single(entry.Elements(Atom + "title"));
            Assert.Single(entry.Elements(Atom + "updated"));
            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            // An entry without content needs an alternate link, and at most one alternate per type and language.
            Assert.Single(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
            foreach (var date in entry.Elements(Atom + "updated").Concat(feed.Elements(Atom + "updated")))
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$", date.Value);
                Assert.True(DateTimeOffset.TryParse(date.Value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
            }
        }
    }

    [Fact]
    public void An_entry_points_at_its_change_on_the_term_page_and_says_what_changed()
    {
        var feed = XDocument.Load(Path.Combine(sample.Output, "nb", "changes", "feed.xml")).Root!;
        var fuel = feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "id")!.Value == "tag:hjelp.nordlysfrakt.no,2026-01-01:nb/terms/fuel-surcharge/1");

        Assert.Equal("Drivstofftillegg", fuel.Element(Atom + "title")!.Value);
        Assert.Equal("2026-01-01T00:00:00Z", fuel.Element(Atom + "updated")!.Value);
        var href = fuel.Element(Atom + "link")!.Attribute("href")!.Value;
        Assert.Equal("https://hjelp.nordlysfrakt.no/nb/terms/fuel-surcharge/#change-2026-01-01", href);
        Assert.Contains("slått sammen med drivstofftillegget", fuel.Element(Atom + "content")!.Value, StringComparison.Ordinal);
        var term = sample.Page("nb/terms/fuel-surcharge/index.html");
        Assert.Contains("slått sammen", term.GetElementById("change-2026-01-01")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_changes_page_lists_every_change_newest_first_with_links_to_the_terms()
    {
        var page = sample.Page("en/changes/index.html");
        var items = page.QuerySelectorAll("ol.changes-log > li").ToList();

        Assert.Equal(ChangesInSample, items.Count);
        var dates = items.Select(li => li.QuerySelector("time")!.GetAttribute("datetime")!).ToList();
        Assert.Equal(dates.OrderByDescending(d => d, StringComparer.Ordinal), dates);
        Assert.All(items, li => Assert.Matches("^/en/terms/[a-z0-9-]+/#change-", li.QuerySelector("a")!.GetAttribute("href")!));
        Assert.Contains(items, li => li.QuerySelector("a")!.GetAttribute("href") == "/en/terms/fuel-surcharge/#change-2026-01-01");
        Assert.Equal("/en/changes/feed.xml", page.QuerySelector(".feed-link a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("nb/terms/fuel-surcharge/index.html", "/nb/changes/feed.xml")]
    [InlineData("sv/index.html", "/sv/changes/feed.xml")]
    [InlineData("en/codes/index.html", "/en/changes/feed.xml")]
    [InlineData("en/changes/index.html", "/en/changes/feed.xml")]
    [InlineData("index.html", "/nb/changes/feed.xml")]
    [InlineData("c/fsc/index.html", "/nb/changes/feed.xml")]
    [InlineData("404.html", "/nb/changes/feed.xml")]
    public void Every_page_links_the_feed_in_its_head(string page, string feed)
    {
        var link = Assert.Single(sample.Page(page).Head!.QuerySelectorAll("link[rel=alternate][type='application/atom+xml']"));
        Assert.Equal(feed, link.GetAttribute("href"));
    }

    [Fact]
    public async Task Entry_ids_stay_the_same_under_another_LinkRoot_and_the_feed_is_byte_identical_across_builds()
    {
        using var site = Repo.CopySample();
        site.Write("statiq.json", site.Read("statiq.json").Replace("\"LinkRoot\": \"/\"", "\"LinkRoot\": \"/help/\"", StringComparison.Ordinal));

        var first = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });
        var feed = File.ReadAllText(Path.Combine(site.Output, "nb", "changes", "feed.xml"));
        var again = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });

        Assert.True(first.Succeeded && again.Succeeded, string.Join("\n", first.Diagnostics.Concat(again.Diagnostics)));
        Assert.Equal(feed, File.ReadAllText(Path.Combine(site.Output, "nb", "changes", "feed.xml")));
        Assert.Equal(Ids(Path.Combine(sample.Output, "nb", "changes", "feed.xml")), Ids(Path.Combine(site.Output, "nb", "changes", "feed.xml")));
        Assert.Contains("https://hjelp.nordlysfrakt.no/help/nb/terms/fuel-surcharge/#change-2026-01-01", feed, StringComparison.Ordinal);
    }

    private static List<string> Ids(string feed) =>
        [.. XDocument.Load(feed).Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "id")!.Value)];
}
