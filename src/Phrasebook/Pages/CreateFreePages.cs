using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Pages;

/// <summary>/{lang}/{id}/ from input/pages/&lt;id&gt;.&lt;lang&gt;.md (the index page is the home text).</summary>
public sealed class CreateFreePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        foreach (var doc in site.Content.Pages.Where(p => p.Id != SiteContent.IndexPageId))
        {
            if (doc.Resolve(view.Lang, site.Settings.DefaultLanguage) is not { } r)
            {
                continue;
            }

            var (source, language) = (r.Value, r.Language);
            yield return new PageModel("page", view.Lang, site.Urls.Page(view.Lang, doc.Id), source.Title, source.Summary ?? "", "doc", () => new View
            {
                ["id"] = doc.Id,
                ["title"] = view.PlainText(source.Title, language),
                ["body"] = view.Body(source, language),
            }, source.SourcePath)
            {
                UrlIn = lang => site.Urls.Page(lang, doc.Id),
            };
        }
    }
}
