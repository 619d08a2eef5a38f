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
public sealed class WriteRedirects : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
        Task.FromResult(inputs.Add(DataFile.Plan("_redirects", null, () => Encoding.UTF8.GetBytes(Redirects(context.Model)), DataFileShows.IdentitiesOnly)));

    private static string Redirects(SiteModel model)
    {
        var site = model.Index;
        var settings = site.Settings;
        var sb = new StringBuilder("# Short links printed on invoices: /c/{code} picks the reader's language.\n");
        var retired = site.Content.Terms.SelectMany(t => t.RetiredCodes).Select(c => c.Slug);
        foreach (var slug in model.CodeEntries.Select(c => c.Slug).Concat(retired).Order(StringComparer.Ordinal))
        {
            var shortLink = site.Urls.ShortLink(slug);
            foreach (var lang in settings.Languages.Skip(1))
            {
                sb.Append($"{shortLink.TrimEnd('/')}  {site.Urls.Code(lang, slug)}  302  Language={lang}\n");
            }

            sb.Append($"{shortLink.TrimEnd('/')}  {shortLink}  301\n");
        }

        var moved = site.Content.Terms
            .SelectMany(t => t.RedirectFrom.Select(old => (Old: old.Id, New: t.Id)))
            .OrderBy(r => r.Old, StringComparer.Ordinal)
            .ToList();
        if (moved.Count > 0)
        {
            sb.Append("# Terms with a new id (redirect_from): the old address leads to the term.\n");
            foreach (var (old, id) in moved)
            {
                foreach (var lang in settings.Languages)
                {
                    var from = site.Urls.Term(lang, old);
                    sb.Append($"{from.TrimEnd('/')}  {site.Urls.Term(lang, id)}  301\n");
                    sb.Append($"{from}  {site.Urls.Term(lang, id)}  301\n");
                }
            }
        }

        return sb.ToString();
    }
}
