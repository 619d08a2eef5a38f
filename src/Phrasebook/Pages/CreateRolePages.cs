using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Pages;

/// <summary>/{lang}/roles/{id}/: one role's phrasebook, every term with that role's text first.</summary>
public sealed class CreateRolePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteIndex site, ViewFactory view)
    {
        foreach (var role in site.Content.Roles)
        {
            yield return new PageModel("role", view.Lang, site.Urls.Role(view.Lang, role.Id), view.Plain(role.Name) ?? role.Id, view.Plain(role.Description) ?? "", "role", () => Page(site, view, role), "input/roles.yml")
            {
                UrlIn = lang => site.Urls.Role(lang, role.Id),
            };
        }
    }

    private static View Page(SiteIndex site, ViewFactory view, Content.Model.Role role)
    {
        var page = view.RoleRef(role);
        page["terms"] = site.Content.Terms
            .OrderBy(t => view.Plain(t.Title) ?? t.Id, view.Collation)
            .Select(term =>
            {
                var card = new View(view.TermRef(term));
                card["role_text"] = view.RoleText(term, role.Id);
                return card;
            })
            .ToList();
        return page;
    }
}
