using System.Diagnostics;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Phrasebook.Browser.Tests;

/// <summary>Issue 26: a role's whole phrasebook prints as one document with every term, its short links as addresses and a date.</summary>
[Collection(SampleSiteCollection.Name)]
public sealed class RolePrintTests(SampleSite site)
{
    [Fact]
    public async Task The_role_page_links_to_its_whole_phrasebook_and_printing_it_keeps_every_term()
    {
        await using var browser = await site.OpenAsync("/en/roles/finance/");
        var page = browser.Page;
        var paged = await page.Locator(".term-card").CountAsync();
        await page.Locator(".role-print-link a").ClickAsync();
        await Expect(page).ToHaveURLAsync(new Uri(site.Address, "/en/roles/finance/print/").ToString());

        var codes = site.CodesJson().GetProperty("codes").EnumerateArray().ToList();
        var terms = page.Locator(".print-term");
        var count = await terms.CountAsync();
        Assert.True(count > paged, $"the print page has all {count} terms, the role page {paged}");
        await Expect(page.Locator(".role-print-link")).ToHaveCountAsync(0);
        await Expect(page.Locator(".print-date")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"As of \d{4}-\d{2}-\d{2} · " + count + " terms"));
        Assert.Equal("avoid", await terms.First.EvaluateAsync<string>("e => getComputedStyle(e).breakInside"));

        // Printed: every term is on paper, the last one too, with its short links as addresses.
        var pdf = Path.Combine(Path.GetTempPath(), "phrasebook-role-" + Guid.NewGuid().ToString("N") + ".pdf");
        try
        {
            await page.EmulateMediaAsync(new() { Media = Media.Print });
            await page.PdfAsync(new() { Path = pdf, Format = "A4" });
            var text = PdfText(pdf);
            var titles = await terms.Locator("h3").AllInnerTextsAsync();
            foreach (var title in new[] { titles[0], titles[count / 2], titles[^1] })
            {
                Assert.Contains(title.Split(' ')[0], text, StringComparison.Ordinal);
            }

            var withCode = codes.First();
            Assert.Contains(withCode.GetProperty("short_url").GetString()!, text, StringComparison.Ordinal);
            Assert.DoesNotContain("Show this role", text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(pdf);
        }

        Assert.Empty(browser.Errors);
    }

    private static string PdfText(string pdf)
    {
        using var process = Process.Start(new ProcessStartInfo("pdftotext", ["-layout", pdf, "-"]) { RedirectStandardOutput = true })!;
        var text = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.Equal(0, process.ExitCode);
        return text;
    }
}
