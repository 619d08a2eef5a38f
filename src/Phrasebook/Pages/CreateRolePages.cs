using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Pages;

/// <summary>/{lang}/roles/{id}/: one role's phrasebook, every term with that role's text first.</summary>
public sealed class CreateRolePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteIndex site, ViewFactory view)
    {
        var sorted = site.Content.Terms.OrderBy(t => view.Plain(t.Title) ?? t.Id, view.Collation).ToList();
        foreach (var role in site.Content.Roles)
        {
            var terms = sorted.Select(term =>
            {
                var card = new View(view.TermRef(term));
                card["role_text"] = view.RoleText(term, role.Id);
                return card;
            }).ToList();
            var page = view.RoleRef(role);
            page["terms"] = terms;
            yield return new PageModel("role", view.Lang, site.Urls.Role(view.Lang, role.Id), view.Plain(role.Name) ?? role.Id, view.Plain(role.Description) ?? "", "role", page, "input/roles.yml")
            {
                UrlIn = lang => site.Urls.Role(lang, role.Id),
            };
        }
    }
}
