using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.InvoiceCodes;

/// <summary>/{lang}/codes/ (all codes, a table) and /{lang}/codes/{slug}/ (one code).</summary>
public sealed class CreateCodePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var all = site.Content.Terms.SelectMany(t => t.Codes.Select(c => (Code: c, Term: t)));
        var table = wanted.Has(site.Urls.Codes(view.Lang));
        var slugs = wanted.Under(site.Urls.Codes(view.Lang));

        // Sorted for the table (all codes); a few code pages asked for need no sorting of the rest.
        var sorted = table ? all.OrderBy(x => x.Code.Code, StringComparer.OrdinalIgnoreCase).ThenBy(x => x.Code.Code, StringComparer.Ordinal).ToList() : null;
        if (sorted is not null)
        {
            yield return Table(site, view, sorted);
        }

        foreach (var (code, term) in (sorted ?? all).Where(x => slugs?.Contains(x.Code.Slug) != false))
        {
            yield return new PageModel(
                "code",
                view.Lang,
                site.Urls.Code(view.Lang, code.Slug),
                $"{code.Code} – {view.Plain(term.Title)}",
                view.Plain(term.Summary) ?? "",
                "code",
                () =>
                {
                    var page = view.CodeRef(code);
                    page["term"] = view.Term(term);
                    return page;
                },
                term.SourcePath)
            {
                UrlIn = lang => site.Urls.Code(lang, code.Slug),
                Permalink = true,
            };
        }
    }

    /// <summary>/{lang}/codes/: every code, and the retired ones.</summary>
    private static PageModel Table(SiteIndex site, ViewFactory view, List<(InvoiceCode Code, Term Term)> codes)
    {
        var title = view.T("codes_title");
        return new PageModel("codes", view.Lang, site.Urls.Codes(view.Lang), title, title, "codes", () => new View
        {
            ["rows"] = codes.Select(x =>
            {
                var row = view.CodeRef(x.Code);
                row["term"] = view.TermRef(x.Term);
                return row;
            }).ToList(),

            // Codes still on old invoices (a term's retired_codes): listed too, with what replaced them.
            ["retired"] = site.Content.Terms
                .SelectMany(t => t.RetiredCodes.Select(c => (Code: c, Term: t)))
                .OrderBy(x => x.Code.Code, StringComparer.OrdinalIgnoreCase)
                .Select(x =>
                {
                    var row = view.CodeRef(x.Code);
                    row["term"] = view.TermRef(x.Term);
                    row["text"] = CreateRetiredCodePages.Text(view, x.Code);
                    return row;
                }).ToList(),
        })
        {
            UrlIn = site.Urls.Codes,
        };
    }
}
