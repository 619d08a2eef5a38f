using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// /{lang}/codes/{slug}/ of a code listed under a term's <c>invoice.retired_codes</c>: old invoices
/// still print it, so its page stays and says that the code is no longer used and what replaced it.
/// </summary>
public sealed class CreateRetiredCodePages : PageModule
{
    public static string Title(ViewFactory view, InvoiceCode code) => view.T("retired_code_title").Replace("{code}", code.Code, StringComparison.Ordinal);

    public static string Text(ViewFactory view, InvoiceCode code) => view.T("retired_code_text").Replace("{code}", code.Code, StringComparison.Ordinal);

    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var slugs = wanted.Under(site.Urls.Codes(view.Lang));
        foreach (var term in site.Content.Terms)
        {
            foreach (var code in term.RetiredCodes)
            {
                if (slugs?.Contains(code.Slug) == false)
                {
                    continue;
                }

                yield return new PageModel("retired_code", view.Lang, site.Urls.Code(view.Lang, code.Slug), Title(view, code), Text(view, code), "code", () => Page(view, term, code), term.SourcePath)
                {
                    UrlIn = lang => site.Urls.Code(lang, code.Slug),
                };
            }
        }
    }

    private static View Page(ViewFactory view, Term term, InvoiceCode code)
    {
        var page = view.CodeRef(code);
        page["title"] = Title(view, code);
        page["text"] = Text(view, code);
        page["term"] = view.TermRef(term);
        return page;
    }
}
