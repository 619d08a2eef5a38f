using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Search;

/// <summary>/{lang}/search/?q=: the full list of results (rendered in the browser; without JavaScript it points to A-Z).</summary>
public sealed class CreateSearchPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var title = view.T("search_title");
        yield return new PageModel("search", view.Lang, site.Urls.Search(view.Lang), title, title, "search", null)
        {
            UrlIn = site.Urls.Search,
        };
    }
}
