using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// /c/{slug}/: the short link an invoice prints. It is the language chooser (the root template)
/// aimed at the code's page, so it picks the reader's language; without JavaScript it refreshes
/// to the default language and lists every language. A retired code's short link keeps working and
/// lands on the page that says what replaced the code.
/// </summary>
public sealed class CreateShortLinks : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        if (view.Lang != site.Settings.DefaultLanguage)
        {
            yield break;
        }

        var slugs = wanted.Under(site.Urls.ShortLink("")[..^1]); // the folder of the short links, "/c/"
        foreach (var (code, term) in site.Content.Terms.SelectMany(t => t.Codes.Select(c => (c, t))).Where(x => slugs?.Contains(x.c.Slug) != false))
        {
            yield return new PageModel("root", view.Lang, site.Urls.ShortLink(code.Slug), $"{code.Code} – {view.Plain(term.Title)}", view.Plain(term.Summary) ?? "", "code", () => view.CodeRef(code))
            {
                UrlIn = lang => site.Urls.Code(lang, code.Slug),
                Permalink = true,
            };
        }

        foreach (var (code, term) in site.Content.Terms.SelectMany(t => t.RetiredCodes.Select(c => (c, t))).Where(x => slugs?.Contains(x.c.Slug) != false))
        {
            yield return new PageModel("root", view.Lang, site.Urls.ShortLink(code.Slug), CreateRetiredCodePages.Title(view, code), CreateRetiredCodePages.Text(view, code), "code", () => view.CodeRef(code))
            {
                UrlIn = lang => site.Urls.Code(lang, code.Slug),
            };
        }
    }
}
