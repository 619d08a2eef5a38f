using System.Text;
using System.Xml.Linq;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.History;

/// <summary>
/// The sitemap and the Atom feeds are UTF-8 bytes written by the XML writer: the declaration says utf-8,
/// there is no byte order mark, and content that mentions "utf-16" reaches the reader as written.
/// </summary>
public sealed class XmlEncodingTests
{
    [Fact]
    public async Task Sitemap_and_feeds_are_utf8_and_leave_content_that_names_an_encoding_alone()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat + "\nchanges:\n  - date: 2026-02-01\n    note: {nb: Filen er nå utf-16 og utf-8 (æøå)., sv: Filen är utf-16., en: The file is utf-16.}\n");

        var result = await site.BuildAsync();
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        foreach (var file in new[] { "sitemap.xml", "nb/changes/feed.xml" })
        {
            var bytes = await File.ReadAllBytesAsync(Path.Combine(site.Root, "output", file));
            Assert.False(bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble), $"{file} starts with a byte order mark");
            var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            Assert.StartsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n", text, StringComparison.Ordinal);
            Assert.EndsWith(">\n", text, StringComparison.Ordinal);
            Assert.NotNull(XDocument.Parse(text).Root);
        }

        var feed = await File.ReadAllTextAsync(Path.Combine(site.Root, "output", "nb", "changes", "feed.xml"));
        Assert.Contains("Filen er nå utf-16 og utf-8 (æøå).", feed, StringComparison.Ordinal);
    }
}
