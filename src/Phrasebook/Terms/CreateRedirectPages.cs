using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Terms;

/// <summary>
/// /{lang}/terms/{old-id}/ for every id in a term's <c>redirect_from</c>: a page that sends the
/// reader on to the term at once (meta refresh, so it works on any static host; _redirects too).
/// </summary>
public sealed class CreateRedirectPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var ids = wanted.Under(site.Urls.Terms(view.Lang));
        foreach (var term in site.Content.Terms)
        {
            foreach (var old in term.RedirectFrom)
            {
                if (ids?.Contains(old.Id) == false)
                {
                    continue;
                }

                var target = view.TermRef(term);
                yield return new PageModel("redirect", view.Lang, site.Urls.Term(view.Lang, old.Id), view.Plain(term.Title) ?? term.Id, view.Plain(term.Summary) ?? "", "redirect", () => new View { ["term"] = target })
                {
                    // The language switcher and hreflang lead to the term itself.
                    UrlIn = lang => site.Urls.Term(lang, term.Id),
                    RedirectTo = site.Urls.Term(view.Lang, term.Id),
                };
            }
        }
    }
}
