using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>A search box on a page: typing into it and reading its suggestions.</summary>
public sealed class SearchBox(IPage page, string selector)
{
    /// <summary>The header's box, on every page (the home page too).</summary>
    public const string Header = "#site-q";

    public ILocator Input { get; } = page.Locator(selector);

    public ILocator Popup { get; } = page.Locator($"form:has({selector}) .search-popup");

    public ILocator Listbox { get; } = page.Locator($"form:has({selector}) [role=listbox]");

    public ILocator Options => Listbox.Locator("[role=option]");

    /// <summary>
    /// Types the query (as one input event, or key by key) and waits until the suggestions are for
    /// it and complete (not busy fetching the text index).
    /// </summary>
    public async Task TypeAsync(string query, bool keyByKey = false)
    {
        await Input.ClickAsync();
        if (keyByKey)
        {
            await Input.PressSequentiallyAsync(query);
        }
        else
        {
            await Input.FillAsync(query);
        }

        await Expect(Popup).ToHaveAttributeAsync("data-query", query);
        await Expect(Listbox).Not.ToHaveAttributeAsync("aria-busy", "true");
    }

    /// <summary>Where each suggestion leads, in order.</summary>
    public async Task<IReadOnlyList<string>> HrefsAsync()
    {
        var hrefs = new List<string>();
        foreach (var option in await Options.AllAsync())
        {
            hrefs.Add(await option.GetAttributeAsync("data-href") ?? "");
        }

        return hrefs;
    }
}
