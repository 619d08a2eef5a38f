using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Roles;

/// <summary>
/// /{lang}/roles/{id}/: one role's phrasebook, every term with that role's text first, in pages of
/// RolePageSize terms (/{lang}/roles/{id}/page/2/ and on) named by their first and last term.
/// </summary>
public sealed class CreateRolePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        // Every role lists the same terms in the same order: sort once per language.
        var terms = site.Content.Terms.OrderBy(t => Title(view, t), view.Collation).ToArray();
        foreach (var role in site.Content.Roles)
        {
            var pager = new Pager<Term>(terms, site.Settings.RolePageSize, n => site.Urls.RolePage(view.Lang, role.Id, n), t => Title(view, t));
            var name = view.Plain(role.Name) ?? role.Id;
            // A term's role text is rendered once for its page and the print page, and kept only while the other of the
            // two is still to come. A partial build renders few role pages: the print page alone keeps nothing.
            var rendered = new RenderedPages(
                [.. Enumerable.Range(1, pager.Count).Select(n => wanted.Renders(pager.Url(n)))],
                wanted.Renders(site.Urls.RolePrint(view.Lang, role.Id)),
                site.Settings.RolePageSize);
            for (var n = 1; n <= pager.Count; n++)
            {
                var page = n;
                var title = pager.Count == 1 ? name : $"{name} – {Pager<Term>.Status(view, n, pager.Count)}";
                yield return new PageModel("role", view.Lang, pager.Url(n), title, view.Plain(role.Description) ?? "", "role", () => Page(site, view, role, pager, page, terms.Length, rendered), "input/roles.yml")
                {
                    // Terms sort differently in each language, so page n elsewhere holds other terms: the switcher goes to the first.
                    UrlIn = lang => site.Urls.Role(lang, role.Id),
                };
            }

            // The whole phrasebook of the role on one page, to print: every term, the short links as
            // addresses, and the date of its newest content.
            var printTitle = view.T("role_print_title").Replace("{role}", name, StringComparison.Ordinal);
            yield return new PageModel("role", view.Lang, site.Urls.RolePrint(view.Lang, role.Id), printTitle, view.Plain(role.Description) ?? "", "role", () => PrintPage(site, view, role, terms, rendered), "input/roles.yml")
            {
                UrlIn = lang => site.Urls.RolePrint(lang, role.Id),
            };
        }
    }

    /// <summary>The pages of every role in <paramref name="view"/>'s language (for tests).</summary>
    internal IEnumerable<PageModel> PagesOf(SiteModel model, ViewFactory view, WantedPages wanted) => Pages(model, view, wanted);

    private static View PrintPage(SiteIndex site, ViewFactory view, Role role, Term[] terms, RenderedPages rendered)
    {
        var page = view.RoleRef(role);
        page["print"] = true;
        page["terms"] = terms
            .Select((term, i) =>
            {
                var card = new View(view.TermRef(term));
                card["role_text"] = view.RoleText(term, role.Id, rendered.UsesOnPrintPage(i));
                card["short_links"] = term.Codes.Select(c => site.Settings.AbsoluteUrl(site.Urls.ShortLink(c.Slug))).ToList();
                return card;
            })
            .ToList();
        page["term_count"] = terms.Length;
        var dates = terms.Select(t => site.History.LastChanged(t.SourcePath))
            .Append(site.History.LastChanged("input/roles.yml"))
            .OfType<DateTimeOffset>()
            .Select(d => DateOnly.FromDateTime(d.UtcDateTime))
            .Concat(terms.SelectMany(t => t.Changes.Select(c => c.Date)))
            .ToList();
        page["date"] = dates.Count == 0 ? null : dates.Max().ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return page;
    }

    private static string Title(ViewFactory view, Term term) => view.Plain(term.Title) ?? term.Id;

    private static View Page(SiteIndex site, ViewFactory view, Role role, Pager<Term> pager, int n, int total, RenderedPages rendered)
    {
        var page = view.RoleRef(role);
        page["terms"] = pager.Entries(n)
            .Select(term =>
            {
                var card = new View(view.TermRef(term));
                card["role_text"] = view.RoleText(term, role.Id, rendered.UsesOnPage);
                return card;
            })
            .ToList();
        page["pager"] = pager.View(view, n);
        page["print_url"] = site.Urls.RolePrint(view.Lang, role.Id);
        page["term_count"] = total;
        return page;
    }

    /// <summary>Which of one role's pages (numbered from 1) and its print page this build renders.</summary>
    private sealed record RenderedPages(bool[] Pages, bool Print, int PageSize)
    {
        /// <summary>How many rendered pages show the role text of the print page's <paramref name="i"/>th term: it and the page listing it.</summary>
        public int UsesOnPrintPage(int i) => Pages[i / PageSize] ? 2 : 1;

        /// <summary>How many rendered pages show the role text of a term on a numbered page: it and the print page.</summary>
        public int UsesOnPage => Print ? 2 : 1;
    }
}
