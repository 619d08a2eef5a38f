using Phrasebook.Content.Index;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Pages;

/// <summary>/{lang}/terms/ (A-Z) and the 404 pages (one per language, and /404.html in the default language).</summary>
public sealed class CreateIndexPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var az = view.T("az_title");
        yield return new PageModel("az", view.Lang, site.Urls.Terms(view.Lang), az, az, "az", () => new View { ["letters"] = Letters(site, view) })
        {
            UrlIn = site.Urls.Terms,
        };

        var notFound = view.T("notfound_title");
        yield return new PageModel("notfound", view.Lang, $"{site.Urls.Home(view.Lang)}404.html", notFound, notFound, "notfound", null)
        {
            UrlIn = lang => $"{site.Urls.Home(lang)}404.html",
        };
        if (view.Lang == site.Settings.DefaultLanguage)
        {
            // Static hosts serve /404.html for any missing path.
            yield return new PageModel("notfound", view.Lang, $"{site.Urls.Root}404.html", notFound, notFound, "notfound", null)
            {
                UrlIn = lang => $"{site.Urls.Home(lang)}404.html",
            };
            yield return new PageModel("root", view.Lang, site.Urls.Root, view.T("root_title"), view.T("root_title"), "root", null)
            {
                UrlIn = site.Urls.Home,
            };
        }
    }

    // Made when the page is rendered: every term's list entry, held from the start of the build, was the
    // biggest thing waiting in the queue of pages.
    private static List<View> Letters(SiteIndex site, ViewFactory view) => site.Content.Terms
        .Select(view.TermRef)
        .OrderBy(t => ((View)t["title"]!)["text"] as string ?? "", view.Collation)
        .GroupBy(t => (string)t["letter"]!)
        .Select(g => new View
        {
            ["letter"] = g.Key,
            ["anchor"] = "letter-" + (g.Key == "#" ? "0" : g.Key.ToLowerInvariant()),
            ["terms"] = g.ToList(),
        })
        .ToList();
}
