using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Pages;

/// <summary>
/// /{lang}/roles/{id}/: one role's phrasebook, every term with that role's text first, in pages of
/// RolePageSize terms (/{lang}/roles/{id}/page/2/ and on) named by their first and last term.
/// </summary>
public sealed class CreateRolePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view)
    {
        var site = model.Index;
        // Every role lists the same terms in the same order: sort once per language.
        var terms = site.Content.Terms.OrderBy(t => Title(view, t), view.Collation).ToArray();
        foreach (var role in site.Content.Roles)
        {
            var pager = new Pager<Term>(terms, site.Settings.RolePageSize, n => site.Urls.RolePage(view.Lang, role.Id, n), t => Title(view, t));
            var name = view.Plain(role.Name) ?? role.Id;
            for (var n = 1; n <= pager.Count; n++)
            {
                var page = n;
                var title = pager.Count == 1 ? name : $"{name} – {Pager<Term>.Status(view, n, pager.Count)}";
                yield return new PageModel("role", view.Lang, pager.Url(n), title, view.Plain(role.Description) ?? "", "role", () => Page(view, role, pager, page), "input/roles.yml")
                {
                    // Terms sort differently in each language, so page n elsewhere holds other terms: the switcher goes to the first.
                    UrlIn = lang => site.Urls.Role(lang, role.Id),
                };
            }
        }
    }

    private static string Title(ViewFactory view, Term term) => view.Plain(term.Title) ?? term.Id;

    private static View Page(ViewFactory view, Role role, Pager<Term> pager, int n)
    {
        var page = view.RoleRef(role);
        page["terms"] = pager.Entries(n)
            .Select(term =>
            {
                var card = new View(view.TermRef(term));
                card["role_text"] = view.RoleText(term, role.Id);
                return card;
            })
            .ToList();
        page["pager"] = pager.View(view, n);
        return page;
    }
}
