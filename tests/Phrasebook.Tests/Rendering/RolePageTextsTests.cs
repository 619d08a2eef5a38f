using Phrasebook.Rendering;
using Phrasebook.Roles;
using Phrasebook.Tests.AutoLinks;

namespace Phrasebook.Tests.Rendering;

/// <summary>
/// A role text is rendered once for the two pages that show it (the role's page listing the term and the print
/// page) and kept between them only when this build renders both: a partial build renders the print page and
/// few role pages, and texts kept for pages it never renders stayed in memory to its end.
/// </summary>
public sealed class RolePageTextsTests
{
    [Fact]
    public void A_print_page_rendered_without_the_role_pages_keeps_no_role_text()
    {
        var model = MentionsDifferentialTests.Load(Repo.Root);
        var lang = model.Settings.DefaultLanguage;
        var urls = model.Index.Urls;
        var role = model.Content.Roles.First(r => model.Content.Terms.Any(t => t.Roles.Any(x => x.Role.Id == r.Id)));
        var print = urls.RolePrint(lang, role.Id);

        var alone = model.Views.For(lang).Views;
        MakePrintPage(model, alone, new WantedPages(urls, [urls.FileOf(print)]), print);
        Assert.Equal(0, alone.RoleTextsWaiting);

        // The command line's partial build lists every page and renders the print page alone: nothing waits either.
        var listed = model.Views.For(lang).Views;
        MakePrintPage(model, listed, WantedPages.Rendering(urls, [urls.FileOf(print)]), print);
        Assert.Equal(0, listed.RoleTextsWaiting);

        // With every page to come, the print page's texts wait for the role pages.
        var all = model.Views.For(lang).Views;
        MakePrintPage(model, all, WantedPages.All, print);
        Assert.Equal(model.Content.Terms.Count(t => t.Roles.Any(x => x.Role.Id == role.Id)), all.RoleTextsWaiting);
    }

    private static void MakePrintPage(Phrasebook.Site.SiteModel model, Phrasebook.Views.ViewFactory views, WantedPages wanted, string url)
    {
        var page = new CreateRolePages().PagesOf(model, views, wanted).Single(p => p.Url == url);
        Assert.NotNull(page.MakeObject!());
    }
}
