using System.Collections.Immutable;
using System.Text;
using System.Xml;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Publishing;

/// <summary>sitemap.xml with hreflang alternates for every page, and robots.txt pointing at it.</summary>
public sealed class WriteSitemap(params string[] pagePipelines) : IModule<SiteModel>
{
    private const string SitemapNs = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string XhtmlNs = "http://www.w3.org/1999/xhtml";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var robots = $"User-agent: *\nAllow: /\n\nSitemap: {site.Settings.AbsoluteUrl(site.Urls.Root + "sitemap.xml")}\n";
        return Task.FromResult<ImmutableArray<Document>>([
            DataFile.Plan("sitemap.xml", null, () => Sitemap(site, context), DataFileShows.History),
            Document.FromText("robots.txt", robots),
        ]);
    }

    // The page pipelines are done before this one starts, so their pages can be listed when the map is made (a check makes none).
    private ReadOnlyMemory<byte> Sitemap(SiteIndex site, PipelineContext<SiteModel> context)
    {
        var pages = pagePipelines
            .SelectMany(p => context.OutputsOf(p))
            .Select(d => d.Get<PageModel>(PageModel.MetadataKey))
            .OfType<PageModel>()
            .Where(p => p.Type is not ("notfound" or "root" or "redirect"))
            .OrderBy(p => p.Url, StringComparer.Ordinal)
            .ToList();

        // Written as UTF-8 bytes by the XML writer itself, so the declaration says utf-8 because it is. Sized for
        // the whole map up front (21 MB at 10,000 terms): a growing stream copied it at every doubling, then once more.
        using var bytes = new MemoryStream(pages.Count * (200 + (140 * site.Settings.Languages.Length)));
        var settings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), OmitXmlDeclaration = false, NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(bytes, settings))
        {
            xml.WriteStartElement("urlset", SitemapNs);
            xml.WriteAttributeString("xmlns", "xhtml", null, XhtmlNs);
            foreach (var page in pages)
            {
                xml.WriteStartElement("url", SitemapNs);
                xml.WriteElementString("loc", SitemapNs, site.Settings.AbsoluteUrl(page.Url));
                if (site.History.LastChangedDay(page.SourcePath) is { } lastmod)
                {
                    xml.WriteElementString("lastmod", SitemapNs, lastmod);
                }

                foreach (var lang in page.Languages ?? site.Settings.Languages)
                {
                    xml.WriteStartElement("xhtml", "link", XhtmlNs);
                    xml.WriteAttributeString("rel", "alternate");
                    xml.WriteAttributeString("hreflang", lang);
                    xml.WriteAttributeString("href", site.Settings.AbsoluteUrl(page.UrlIn?.Invoke(lang) ?? page.Url));
                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        bytes.WriteByte((byte)'\n');
        return bytes.GetBuffer().AsMemory(0, (int)bytes.Length);
    }
}
