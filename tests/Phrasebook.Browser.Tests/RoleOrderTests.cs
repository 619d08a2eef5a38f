using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Issue 26: the chosen role's text comes first in document order (what a screen reader reads and the
/// Tab order follows), not only on screen, and the hint to choose a role hides once one is chosen.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class RoleOrderTests(SampleSite site)
{
    private const string DomOrder = "[...document.querySelectorAll('.role-texts > [data-role-text]')].map(e => e.getAttribute('data-role-text'))";

    [Theory]
    [InlineData("/en/terms/fuel-surcharge/")]
    [InlineData("/nb/codes/fsc/")]
    public async Task The_chosen_role_is_first_in_the_document_and_the_hint_hides(string path)
    {
        await using var browser = await site.OpenAsync(path, role: "user");
        var page = browser.Page;
        Assert.Equal(["user", "finance", "purchaser"], await page.EvaluateAsync<string[]>(DomOrder));
        await Expect(page.Locator(".roles-hint")).ToBeHiddenAsync();

        // The first link a keyboard reaches in the role texts is the chosen role's.
        await page.Locator(".role-texts a").First.FocusAsync();
        Assert.Equal("user", await page.EvaluateAsync<string>("document.activeElement.closest('[data-role-text]').getAttribute('data-role-text')"));

        // Another choice moves that role first; "all roles" brings back the authored order and the hint.
        await page.Locator("[data-role-select]").SelectOptionAsync("purchaser");
        Assert.Equal(["purchaser", "finance", "user"], await page.EvaluateAsync<string[]>(DomOrder));
        await page.Locator("[data-role-select]").SelectOptionAsync("all");
        Assert.Equal(["finance", "purchaser", "user"], await page.EvaluateAsync<string[]>(DomOrder));
        await Expect(page.Locator(".roles-hint")).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task On_the_home_page_the_chosen_roles_card_comes_first()
    {
        await using var browser = await site.OpenAsync("/en/", role: "purchaser");
        Assert.Equal("purchaser", await browser.Page.EvaluateAsync<string>("document.querySelector('[data-role-card]').getAttribute('data-role-card')"));
    }
}
