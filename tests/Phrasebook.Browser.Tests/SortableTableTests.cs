using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>The codes index is a sortable table (issue 4): column headers become buttons, aria-sort follows.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class SortableTableTests(SampleSite site)
{
    [Fact]
    public async Task Clicking_a_column_header_sorts_the_codes_table_and_says_so()
    {
        await using var browser = await site.OpenAsync("/en/codes/");
        var page = browser.Page;
        var table = page.Locator("table.codes-table");
        var codeHeader = table.Locator("thead th").Nth(0);
        var termHeader = table.Locator("thead th").Nth(1);
        await Expect(codeHeader).ToHaveAttributeAsync("aria-sort", "ascending");

        await termHeader.Locator("button").ClickAsync();
        await Expect(termHeader).ToHaveAttributeAsync("aria-sort", "ascending");
        await Expect(codeHeader).ToHaveAttributeAsync("aria-sort", "none");
        var terms = await table.Locator("tbody tr td:nth-child(2) a").AllInnerTextsAsync();
        Assert.Equal(terms.Order(StringComparer.Create(new System.Globalization.CultureInfo("en"), true)).ToList(), terms.ToList());

        await termHeader.Locator("button").ClickAsync();
        await Expect(termHeader).ToHaveAttributeAsync("aria-sort", "descending");
        var reversed = await table.Locator("tbody tr td:nth-child(2) a").AllInnerTextsAsync();
        Assert.Equal(terms.Reverse().ToList(), reversed.ToList());
    }
}
