using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Xml;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Changes;

/// <summary>
/// /{lang}/changes/feed.xml: the change log as an Atom feed (RFC 4287). Output depends on the content
/// only (no build time), and entry ids are tag: URIs made of the host, the change's date, the
/// language and the term, so they survive a new LinkRoot and every rebuild.
/// </summary>
public sealed class WriteChangeFeeds : IModule<SiteModel>
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var model = context.Model;
        var site = model.Index;
        var feeds = site.Settings.Languages
            .Select(lang => DataFile.Plan(site.Urls.FileOf(site.Urls.ChangesFeed(lang)), lang, () => Feed(model, model.Views.For(lang).Views)));
        return Task.FromResult(inputs.AddRange(feeds));
    }

    private static byte[] Feed(SiteModel model, ViewFactory view)
    {
        var site = model.Index;
        var settings = site.Settings;
        var lang = view.Lang;
        var entries = model.ChangeLog;
        // A feed without entries still needs a date; a fixed one keeps the output the same on every build.
        var updated = Stamp(entries.Count > 0 ? entries[0].Change.Date : site.History.Newest is { } d ? DateOnly.FromDateTime(d.UtcDateTime) : new DateOnly(2000, 1, 1));
        var siteTitle = view.Plain(settings.SiteTitle) ?? settings.Host;
        var tagAuthority = settings.Host.Split(':')[0].ToLowerInvariant();

        // Written as UTF-8 bytes by the XML writer itself, so the declaration says utf-8 because it is.
        using var bytes = new MemoryStream();
        var xmlSettings = new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(bytes, xmlSettings))
        {
            xml.WriteStartElement("feed", AtomNs);
            xml.WriteAttributeString("xml", "lang", null, lang);
            // Notes link root-relative (/nb/terms/x/); readers resolve them against the site.
            xml.WriteAttributeString("xml", "base", null, settings.AbsoluteUrl(site.Urls.Root));
            xml.WriteElementString("id", AtomNs, settings.AbsoluteUrl(site.Urls.ChangesFeed(lang)));
            Text(xml, "title", $"{view.T("changes_title")} – {siteTitle}");
            Text(xml, "subtitle", view.T("changes_lead"));
            xml.WriteElementString("updated", AtomNs, updated);
            Link(xml, "self", "application/atom+xml", settings.AbsoluteUrl(site.Urls.ChangesFeed(lang)));
            Link(xml, "alternate", "text/html", settings.AbsoluteUrl(site.Urls.Changes(lang)));
            xml.WriteStartElement("author", AtomNs);
            xml.WriteElementString("name", AtomNs, siteTitle);
            xml.WriteElementString("uri", AtomNs, settings.AbsoluteUrl(site.Urls.Home(lang)));
            xml.WriteEndElement();
            xml.WriteElementString("generator", AtomNs, "Phrasebook");

            foreach (var e in entries)
            {
                xml.WriteStartElement("entry", AtomNs);
                xml.WriteElementString("id", AtomNs, $"tag:{tagAuthority},{e.Day}:{lang}/terms/{e.Term.Id}/{e.Number}");
                Text(xml, "title", view.Plain(e.Term.Title) ?? e.Term.Id);
                xml.WriteElementString("updated", AtomNs, Stamp(e.Change.Date));
                Link(xml, "alternate", "text/html", settings.AbsoluteUrl(site.Urls.Term(lang, e.Term.Id)) + "#" + e.Anchor);
                if (view.Text(e.Change.Note, block: true, self: e.Term.Id) is { } note)
                {
                    xml.WriteStartElement("content", AtomNs);
                    xml.WriteAttributeString("type", "html");
                    if ((string)note["lang"]! != lang)
                    {
                        xml.WriteAttributeString("xml", "lang", null, (string)note["lang"]!);
                    }

                    xml.WriteString((string)note["html"]!);
                    xml.WriteEndElement();
                }
                else
                {
                    Text(xml, "summary", view.Plain(e.Term.Summary) ?? "");
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        bytes.WriteByte((byte)'\n');
        return bytes.ToArray();
    }

    private static string Stamp(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";

    private static void Text(XmlWriter xml, string element, string value)
    {
        xml.WriteStartElement(element, AtomNs);
        xml.WriteAttributeString("type", "text");
        xml.WriteString(value);
        xml.WriteEndElement();
    }

    private static void Link(XmlWriter xml, string rel, string type, string href)
    {
        xml.WriteStartElement("link", AtomNs);
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        xml.WriteAttributeString("href", href);
        xml.WriteEndElement();
    }
}
