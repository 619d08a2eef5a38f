using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// The explanations' index (search/{lang}/text.json) is the big download: fetched only when the
/// words index leaves room for more suggestions, and its hits come after the name matches.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed class TextIndexTests(SampleSite site)
{
    private static bool IsTextIndex(string url) => url.EndsWith("/search/nb/text.json", StringComparison.Ordinal);

    [Fact]
    public async Task A_word_only_an_explanation_uses_finds_the_term_once_the_text_index_is_loaded()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        // "kvitterer" is in the waybill's explanation, not in any name, customer word or summary.
        await box.TypeAsync("kvitterer");

        await Expect(box.Listbox.Locator("[role=option][data-href='/nb/terms/waybill/']")).ToHaveCountAsync(1);
        Assert.Contains(browser.Requests, IsTextIndex);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_query_the_names_answer_in_full_does_not_fetch_the_text_index()
    {
        await using var browser = await site.OpenAsync("/nb/terms/");
        var box = new SearchBox(browser.Page, SearchBox.Header);

        // 17 names begin with "f": more than the eight suggestions the box shows.
        await box.TypeAsync("f");
        await Expect(box.Options).ToHaveCountAsync(9); // eight suggestions and "show all"
        await browser.Page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.DoesNotContain(browser.Requests, IsTextIndex);
    }

    [Fact]
    public async Task Name_matches_come_before_terms_whose_explanations_only_mention_the_word()
    {
        await using var browser = await site.OpenAsync("/nb/search/?q=fraktbrev");
        var results = browser.Page.Locator("[data-search-results] .search-result h2 a");

        await Expect(results.First).ToHaveAttributeAsync("href", "/nb/terms/waybill/");
        Assert.True(await results.CountAsync() > 1, "terms that mention waybills in their explanations follow");
        Assert.Contains(browser.Requests, IsTextIndex);
    }
}
