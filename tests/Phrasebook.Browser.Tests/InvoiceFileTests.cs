using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>
/// Issue 26: the invoice itself dropped on "explain my invoice": a PDF (printed here by Chromium from an
/// HTML invoice) read by pdf.js in the browser, and a PEPPOL BIS Billing 3.0 UBL invoice written here.
/// </summary>
[Collection(SampleSiteCollection.Name)]
public sealed partial class InvoiceFileTests(SampleSite site)
{
    private static ILocator Items(IPage page) => page.Locator("[data-invoice-lines] .invoice-item");

    [Fact]
    public async Task A_pdf_invoice_of_16_lines_is_read_in_the_browser_and_every_code_explained()
    {
        var invoice = InvoicePasteTests.Make(site);
        var rows = new StringBuilder();
        foreach (var line in invoice.Text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            rows.Append("<tr>");
            foreach (var cell in Columns().Split(line.Trim()))
            {
                rows.Append("<td>").Append(WebUtility.HtmlEncode(cell)).Append("</td>");
            }

            rows.Append("</tr>\n");
        }

        await using var browser = await site.OpenAsync("about:blank");
        var page = browser.Page;
        await page.SetContentAsync($"<!doctype html><html lang=nb><meta charset=utf-8><style>body{{font:10pt sans-serif}}td{{padding:2pt 8pt}}</style><h1>Faktura</h1><table>{rows}</table></html>");
        var pdf = await page.PdfAsync(new() { Format = "A4" });

        await page.GotoAsync("/nb/invoice/");
        await Expect(page.Locator(".invoice-file-note")).ToHaveTextAsync("Filen forlater aldri datamaskinen din: den leses i denne nettleseren og sendes ingen steder.");
        await page.Locator("#invoice-file").SetInputFilesAsync(new FilePayload { Name = "faktura-2026-10432.pdf", MimeType = "application/pdf", Buffer = pdf });

        await Expect(Items(page)).ToHaveCountAsync(invoice.Expected.Count, new() { Timeout = 20000 });
        await Expect(Items(page).Locator(".invoice-item-code")).ToHaveTextAsync([.. invoice.Expected.Select(e => e.Code)]);
        await Expect(page.Locator("[data-invoice-status]")).ToContainTextAsync($"{invoice.Explained} med en kode vi forklarer, {invoice.Unknown} med en kode vi ikke kjenner");
        Assert.Contains(browser.Requests, u => u.EndsWith("/pdfjs/pdf.worker.min.js", StringComparison.Ordinal));
        // Read here: nothing was posted anywhere, no request left the site.
        Assert.DoesNotContain(browser.Requests, u => !u.StartsWith(site.Address.ToString(), StringComparison.Ordinal) && !u.StartsWith("about:", StringComparison.Ordinal) && !u.StartsWith("blob:", StringComparison.Ordinal) && !u.StartsWith("data:", StringComparison.Ordinal));
        Assert.Empty(browser.Errors);
    }

    [Fact]
    public async Task A_peppol_bis_3_ubl_invoice_is_matched_by_its_item_identifiers()
    {
        var codes = site.CodesJson().GetProperty("codes").EnumerateArray().ToList();
        var (a, b) = (codes[1], codes[^1]);
        var family = codes.First(c => c.GetProperty("patterns").GetArrayLength() > 0 && InvoicePasteTests.Member(c.GetProperty("patterns")[0].GetString()!) is not null);
        var member = InvoicePasteTests.Member(family.GetProperty("patterns")[0].GetString()!)!.ToUpperInvariant();
        string Line(int id, string? sellers, string? standard, string name, string amount) => $"""
              <cac:InvoiceLine>
                <cbc:ID>{id}</cbc:ID>
                <cbc:InvoicedQuantity unitCode="EA">1</cbc:InvoicedQuantity>
                <cbc:LineExtensionAmount currencyID="NOK">{amount}</cbc:LineExtensionAmount>
                <cac:Item>
                  <cbc:Name>{WebUtility.HtmlEncode(name)}</cbc:Name>
                  {(sellers is null ? "" : $"<cac:SellersItemIdentification><cbc:ID>{WebUtility.HtmlEncode(sellers)}</cbc:ID></cac:SellersItemIdentification>")}
                  {(standard is null ? "" : $"<cac:StandardItemIdentification><cbc:ID schemeID=\"0160\">{standard}</cbc:ID></cac:StandardItemIdentification>")}
                  <cac:ClassifiedTaxCategory><cbc:ID>S</cbc:ID><cbc:Percent>25</cbc:Percent><cac:TaxScheme><cbc:ID>VAT</cbc:ID></cac:TaxScheme></cac:ClassifiedTaxCategory>
                </cac:Item>
                <cac:Price><cbc:PriceAmount currencyID="NOK">{amount}</cbc:PriceAmount></cac:Price>
              </cac:InvoiceLine>
            """;
        var xml = $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2" xmlns:cac="urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2" xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">
              <cbc:CustomizationID>urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0</cbc:CustomizationID>
              <cbc:ProfileID>urn:fdc:peppol.eu:2017:poacc:billing:01:1.0</cbc:ProfileID>
              <cbc:ID>2026-10432</cbc:ID>
              <cbc:IssueDate>2026-11-03</cbc:IssueDate>
              <cbc:InvoiceTypeCode>380</cbc:InvoiceTypeCode>
              <cbc:DocumentCurrencyCode>NOK</cbc:DocumentCurrencyCode>
              <cac:AccountingSupplierParty><cac:Party><cac:PartyName><cbc:Name>Leverandør AS</cbc:Name></cac:PartyName></cac:Party></cac:AccountingSupplierParty>
              <cac:LegalMonetaryTotal><cbc:PayableAmount currencyID="NOK">1911.50</cbc:PayableAmount></cac:LegalMonetaryTotal>
            {Line(1, a.GetProperty("code").GetString(), null, "Tjeneste", "1200.00")}
            {Line(2, null, "7080001234567", "Emballasje", "10.00")}
            {Line(3, b.GetProperty("code").GetString(), "7080001234574", "Tillegg", "312.50")}
            {Line(4, member, null, "Tillegg november", "306.25")}
            {Line(5, "QZX999", null, "Spesialhåndtering", "83.00")}
            </Invoice>
            """;

        await using var browser = await site.OpenAsync("/en/invoice/");
        var page = browser.Page;
        await page.Locator("#invoice-file").SetInputFilesAsync(new FilePayload { Name = "ehf-2026-10432.xml", MimeType = "application/xml", Buffer = Encoding.UTF8.GetBytes(xml) });

        await Expect(Items(page)).ToHaveCountAsync(4);
        await Expect(Items(page).Locator(".invoice-item-code")).ToHaveTextAsync([a.GetProperty("code").GetString()!, b.GetProperty("code").GetString()!, member, "QZX999"]);
        await Expect(Items(page).Nth(0)).ToHaveAttributeAsync("data-term-id", a.GetProperty("term_id").GetString()!);
        await Expect(Items(page).Nth(2)).ToHaveAttributeAsync("data-term-id", family.GetProperty("term_id").GetString()!);
        await Expect(Items(page).Nth(3)).ToHaveAttributeAsync("data-unknown", "");
        await Expect(page.Locator("[data-invoice-status]")).ToHaveTextAsync("5 lines read: 3 with a code we explain, 1 with a code we do not know, 1 without a code.");
        Assert.Empty(browser.Errors);
    }

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex Columns();
}
