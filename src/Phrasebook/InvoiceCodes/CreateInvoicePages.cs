using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// /{lang}/invoice/?codes=A,B,C&amp;role=finance: "explain my invoice", every code of one invoice
/// explained together. A static page; the browser reads the codes from the query and /codes.json.
/// </summary>
public sealed class CreateInvoicePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var title = view.T("invoice_title");
        var page = new View
        {
            ["codes_json_url"] = site.Urls.Asset("codes.json"),
            ["contact"] = view.Text(site.Settings.Contact),
        };
        yield return new PageModel("invoice", view.Lang, site.Urls.Invoice(view.Lang), title, title, "invoice", () => page)
        {
            UrlIn = site.Urls.Invoice,
        };
    }
}
