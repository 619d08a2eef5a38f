using System.Collections.Immutable;
using System.Text;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// _redirects for hosts that read it (Netlify, Cloudflare Pages): short links without the trailing
/// slash, and per-language lines (Netlify's Language condition) before the default language.
/// </summary>
public sealed class WriteRedirects : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteIndex>();
        var settings = site.Settings;
        var sb = new StringBuilder("# Short links printed on invoices: /c/{code} picks the reader's language.\n");
        foreach (var c in CodeEntry.All(site))
        {
            var shortLink = site.Urls.ShortLink(c.Slug);
            foreach (var lang in settings.Languages.Skip(1))
            {
                sb.Append($"{shortLink.TrimEnd('/')}  {site.Urls.Code(lang, c.Slug)}  302  Language={lang}\n");
            }

            sb.Append($"{shortLink.TrimEnd('/')}  {shortLink}  301\n");
        }

        return Task.FromResult(inputs.Add(Document.FromText("_redirects", sb.ToString())));
    }
}
