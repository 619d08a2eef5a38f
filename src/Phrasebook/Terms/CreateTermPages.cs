using Phrasebook.Content.Index;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Terms;

/// <summary>/{lang}/terms/{id}/: one page per term and language.</summary>
public sealed class CreateTermPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted) =>
        Pages(model.Index, view, wanted);

    private static IEnumerable<PageModel> Pages(SiteIndex site, ViewFactory view, WantedPages wanted) =>
        (wanted.Under(site.Urls.Terms(view.Lang)) is { } ids ? site.Content.Terms.Where(t => ids.Contains(t.Id)) : site.Content.Terms).Select(term => new PageModel(
            "term",
            view.Lang,
            site.Urls.Term(view.Lang, term.Id),
            view.Plain(term.Title) ?? term.Id,
            view.Plain(term.Summary) ?? "",
            "term",
            () => view.Term(term),
            term.SourcePath)
        {
            UrlIn = lang => site.Urls.Term(lang, term.Id),
            Permalink = true,
        });
}
