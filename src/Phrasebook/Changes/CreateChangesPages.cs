using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Changes;

/// <summary>/{lang}/changes/: every term's written changes, newest first, with the Atom feed beside it.</summary>
public sealed class CreateChangesPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var title = view.T("changes_title");
        yield return new PageModel("changes", view.Lang, site.Urls.Changes(view.Lang), title, view.T("changes_lead"), "changes", () => Page(model, view))
        {
            UrlIn = site.Urls.Changes,
        };
    }

    private static View Page(SiteModel model, ViewFactory view)
    {
        var entries = model.ChangeLog.Select(e =>
        {
            var term = view.TermRef(e.Term);
            return new View
            {
                ["date"] = e.Day,
                ["anchor"] = $"{e.Term.Id}-{e.Anchor}",
                ["url"] = $"{term["url"]}#{e.Anchor}",
                ["term"] = term,
                ["note"] = view.Text(e.Change.Note, block: true, self: e.Term.Id),
            };
        }).ToList();
        return new View
        {
            ["entries"] = entries,
            ["feed_url"] = model.Index.Urls.ChangesFeed(view.Lang),
        };
    }
}
