using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Issue 26: the customer pastes the lines of an invoice (as copied from a PDF or an ERP screen) into
/// "explain my invoice", and every code on it is explained. The invoice is made from the built site's
/// codes.json, so the test holds for any site, not only the sample's codes.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class InvoicePasteTests(SampleSite site)
{
    private static ILocator Items(IPage page) => page.Locator("[data-invoice-lines] .invoice-item");

    /// <summary>A 16-line invoice and what the page must make of it.</summary>
    internal sealed record Invoice(string Text, List<(string Code, string? TermId, string Kind)> Expected, int Lines, int Explained, int Unknown);

    private static string Amount(decimal value) =>
        value.ToString("#,0.00", CultureInfo.InvariantCulture).Replace(',', '\u00a0').Replace('.', ',');

    // The code as a clerk's system might print it: lower case, without its separators, or spaced out.
    private static string Variant(string code, int i) => (i % 3) switch
    {
        0 => code.ToLowerInvariant(),
        1 when NotLetterOrDigit().IsMatch(code) => NotLetterOrDigit().Replace(code, "").ToLowerInvariant(),
        1 => code,
        _ => Regex.Replace(code, @"(?<=\d)%", " %"),
    };

    // A member of a code family: the pattern's \d{n} and \d+ filled with digits (FSC-\d{2} -> fsc-07).
    internal static string? Member(string pattern)
    {
        var filled = Regex.Replace(Regex.Replace(pattern, @"\\d\{(\d)\}", m => "07".PadLeft(int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), '0')), @"\\d\+", "7");
        return Regex.IsMatch(filled, @"^[\p{L}\p{N} /-]+$") ? filled.ToLowerInvariant() : null;
    }

    private Invoice Make() => Make(site);

    /// <summary>The 16-line invoice, from the site's codes.json (also printed to PDF by InvoiceFileTests).</summary>
    internal static Invoice Make(SampleSite site)
    {
        var json = site.CodesJson();
        var codes = json.GetProperty("codes").EnumerateArray().ToList();
        var retired = json.GetProperty("retired_codes").EnumerateArray().First();
        var family = codes.First(c => c.GetProperty("patterns").GetArrayLength() > 0 && Member(c.GetProperty("patterns")[0].GetString()!) is not null);
        var picked = Enumerable.Range(0, 9).Select(i => codes[i * codes.Count / 9]).ToList();
        Assert.Equal(9, picked.Select(c => c.GetProperty("code").GetString()).Distinct().Count());

        var text = new StringBuilder();
        var expected = new List<(string, string?, string)>();
        string Term(JsonElement c) => c.GetProperty("term").GetProperty("nb").GetString()!;
        void Line(string code, string description, int qty, decimal price) =>
            text.Append(CultureInfo.InvariantCulture, $"{code,-10}{description,-38}{qty,5}{Amount(price),12}{Amount(qty * price),14}\n");

        text.Append("Leverandør AS                               FAKTURA 2026-10432\n");
        text.Append("Fakturadato 03.11.2026      Forfall 17.11.2026      KID 1043200017\n");
        text.Append("Kode      Beskrivelse                          Antall        Pris         Beløp\n");
        for (var i = 0; i < 7; i++)
        {
            var code = picked[i].GetProperty("code").GetString()!;
            Line(Variant(code, i), Term(picked[i]), i + 1, 1234.5m * (i + 1));
            expected.Add((Variant(code, i), picked[i].GetProperty("term_id").GetString(), "known"));
        }

        // Two codes on one line, as the issue's reader copied them: `FSC 312,50, ADM 150,00`.
        var (a, b) = (picked[7].GetProperty("code").GetString()!, picked[8].GetProperty("code").GetString()!);
        text.Append(CultureInfo.InvariantCulture, $"{a} 312,50, {b} 150,00\n");
        expected.Add((a, picked[7].GetProperty("term_id").GetString(), "known"));
        expected.Add((b, picked[8].GetProperty("term_id").GetString(), "known"));

        var member = Member(family.GetProperty("patterns")[0].GetString()!)!;
        Line(member, Term(family) + " nov 12,5 %", 1, 306.25m);
        expected.Add((member, family.GetProperty("term_id").GetString(), "family"));

        Line(retired.GetProperty("code").GetString()!, "Gammel avtale", 1, 99m);
        expected.Add((retired.GetProperty("code").GetString()!, retired.GetProperty("term_id").GetString(), "retired"));

        var unknown = "QZX" + codes.Count.ToString(CultureInfo.InvariantCulture) + "9";
        Line(unknown, "Spesialhåndtering", 1, 450m);
        expected.Add((unknown, null, "unknown"));

        Line("", "Lagerleie inn og ut, tillegg", 2, 50m);
        text.Append("Å betale NOK                                                       16 365,94\n");
        var invoice = text.ToString();
        Assert.Equal(16, invoice.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        return new Invoice(invoice, expected, 16, 10, 1);
    }

    [Fact]
    public async Task A_pasted_invoice_of_16_lines_has_every_code_explained_and_the_link_keeps_them()
    {
        var invoice = Make();
        var json = site.CodesJson();
        await using var browser = await site.OpenAsync("/nb/invoice/");
        var page = browser.Page;
        await page.Locator("#invoice-codes").FillAsync(invoice.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Forklar", Exact = true }).ClickAsync();

        var items = Items(page);
        await Expect(items).ToHaveCountAsync(invoice.Expected.Count);
        await Expect(items.Locator(".invoice-item-code")).ToHaveTextAsync([.. invoice.Expected.Select(e => e.Code)]);
        await Expect(page.Locator("[data-invoice-status]")).ToHaveTextAsync(
            $"{invoice.Lines} linjer lest: {invoice.Explained} med en kode vi forklarer, {invoice.Unknown} med en kode vi ikke kjenner, {invoice.Lines - invoice.Explained - invoice.Unknown} uten kode.");

        for (var i = 0; i < invoice.Expected.Count; i++)
        {
            var (code, termId, kind) = invoice.Expected[i];
            var item = items.Nth(i);
            if (kind == "unknown")
            {
                await Expect(item).ToHaveAttributeAsync("data-unknown", "");
                await Expect(item.Locator("a")).ToHaveAttributeAsync("href", "/nb/search/?q=" + code);
                await Expect(item.Locator(".invoice-item-contact")).ToContainTextAsync("kundeservice");
                continue;
            }

            await Expect(item).ToHaveAttributeAsync("data-term-id", termId!);
            await Expect(item.Locator(".invoice-item-family")).ToHaveCountAsync(kind == "family" ? 1 : 0);
            await Expect(item.Locator(".invoice-item-retired")).ToHaveCountAsync(kind == "retired" ? 1 : 0);
            var entry = json.GetProperty("codes").EnumerateArray().First(c => c.GetProperty("term_id").GetString() == termId);
            await Expect(item.Locator(".invoice-item-summary")).ToHaveTextAsync(entry.GetProperty("summary").GetProperty("nb").GetString()!);
            await Expect(item.Locator(".invoice-item-more a")).ToHaveAttributeAsync("href", $"/nb/terms/{termId}/");

            // No role chosen: every role's text, in the order of roles.yml.
            var roles = entry.GetProperty("roles").EnumerateObject().ToList();
            await Expect(item.Locator(".invoice-item-role")).ToHaveCountAsync(roles.Count);
            for (var r = 0; r < roles.Count; r++)
            {
                await Expect(item.Locator(".invoice-item-role").Nth(r)).ToHaveAttributeAsync("data-role-text", roles[r].Name);
                await Expect(item.Locator(".invoice-item-role p").Nth(r)).ToHaveTextAsync(roles[r].Value.GetProperty("nb").GetString()!);
            }

            var example = entry.GetProperty("example").GetProperty("nb").GetString()!;
            await Expect(item.Locator(".invoice-item-example code")).ToHaveCountAsync(example.Length > 0 ? 1 : 0);
        }

        // The retired code says what replaced it, linked.
        var retiredItem = items.Nth(invoice.Expected.FindIndex(e => e.Kind == "retired"));
        await Expect(retiredItem.Locator(".invoice-item-retired")).ToContainTextAsync("står ikke lenger på fakturaene våre");
        var since = site.CodesJson().GetProperty("retired_codes").EnumerateArray().First().GetProperty("since");
        if (since.ValueKind == JsonValueKind.String)
        {
            await Expect(retiredItem.Locator(".invoice-item-retired")).ToContainTextAsync($"Ikke brukt siden {since.GetString()}.");
        }

        await Expect(retiredItem.Locator(".invoice-item-retired a")).ToHaveAttributeAsync("href", $"/nb/terms/{invoice.Expected.First(e => e.Kind == "retired").TermId}/");

        // The address holds the list: sent to a colleague, it explains the same codes.
        var query = new Uri(page.Url).Query;
        Assert.Contains("codes=", query, StringComparison.Ordinal);
        Assert.True(query.Length < 400, "the link holds the codes, not the pasted text: " + query);
        await page.GotoAsync(page.Url);
        await Expect(Items(page)).ToHaveCountAsync(invoice.Expected.Count);
        await Expect(Items(page).Nth(invoice.Expected.FindIndex(e => e.Kind == "retired"))).ToHaveClassAsync(new Regex("is-retired"));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task With_a_role_chosen_each_card_shows_that_roles_text_and_a_new_choice_redraws()
    {
        var invoice = Make();
        var json = site.CodesJson();
        await using var browser = await site.OpenAsync("/en/invoice/", role: "finance");
        var page = browser.Page;
        await page.Locator("#invoice-codes").FillAsync(invoice.Text);
        await page.Locator("#invoice-codes").PressAsync("Control+Enter");
        await Expect(Items(page)).ToHaveCountAsync(invoice.Expected.Count);

        var first = invoice.Expected.First(e => e.Kind == "known");
        var entry = json.GetProperty("codes").EnumerateArray().First(c => c.GetProperty("term_id").GetString() == first.TermId);
        var card = Items(page).First;
        await Expect(card.Locator(".invoice-item-role")).ToHaveCountAsync(1);
        await Expect(card.Locator(".invoice-item-role")).ToHaveAttributeAsync("data-role-text", "finance");
        await Expect(card.Locator(".invoice-item-role p")).ToHaveTextAsync(entry.GetProperty("roles").GetProperty("finance").GetProperty("en").GetString()!);

        await page.Locator("[data-role-select]").SelectOptionAsync("purchaser");
        await Expect(card.Locator(".invoice-item-role")).ToHaveAttributeAsync("data-role-text", "purchaser");
        await Expect(Items(page).First.Locator(".invoice-item-role p")).ToHaveTextAsync(entry.GetProperty("roles").GetProperty("purchaser").GetProperty("en").GetString()!);
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task On_a_phone_the_cards_fit_the_screen_and_print_leaves_out_the_form()
    {
        var invoice = Make();
        await using var browser = await site.OpenAsync("/nb/invoice/", new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            DeviceScaleFactor = 2,
            IsMobile = true,
            HasTouch = true,
        });
        var page = browser.Page;
        await page.Locator("#invoice-codes").FillAsync(invoice.Text);
        await page.GetByRole(AriaRole.Button, new() { Name = "Forklar", Exact = true }).ClickAsync();
        await Expect(Items(page)).ToHaveCountAsync(invoice.Expected.Count);
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "nothing is wider than the phone");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "phrasebook-invoice-phone.png"), FullPage = false });
        await page.Locator("[data-invoice-lines]").ScrollIntoViewIfNeededAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(Path.GetTempPath(), "phrasebook-invoice-phone-cards.png"), FullPage = false });

        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".invoice-form")).ToBeHiddenAsync();
        await Expect(Items(page).First).ToBeVisibleAsync();
        Assert.Empty(browser.Errors);
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NotLetterOrDigit();
}
