using Phrasebook.InvoiceCodes;
using Phrasebook.Tests.Validation;
using Sylvan.Data.Csv;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 7: codes.csv is opened in spreadsheets, so no value from content starts a formula: every
/// value starting with = + - @ TAB or CR (OWASP's list) is neutralised. Read back with Sylvan.Data.Csv, a
/// real CSV reader, so quoting cannot hide a mistake.
/// </summary>
public sealed class CsvInjectionTests
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    [Theory]
    [InlineData("=1+1")]
    [InlineData("+SUM(A1:A9)")]
    [InlineData("-2+3")]
    [InlineData("@SUM(1)")]
    [InlineData("\t=HYPERLINK(\"http://evil.example\")")]
    [InlineData("\r=cmd|' /C calc'!A0")]
    [InlineData("=\"a,b\"\n\"c\"")]
    public void A_value_that_would_start_a_formula_is_read_back_as_text(string value)
    {
        var csv = $"{WriteCodeData.Quote(value)},{WriteCodeData.Quote("next")}\r\n";

        using var reader = CsvDataReader.Create(new StringReader(csv), new CsvDataReaderOptions { HasHeaders = false });
        Assert.True(reader.Read());

        Assert.Equal(2, reader.RowFieldCount);
        Assert.Equal("'" + value, reader.GetString(0));
        Assert.Equal("next", reader.GetString(1));
        Assert.False(reader.Read());
    }

    [Fact]
    public async Task Titles_and_summaries_planted_in_a_pull_request_are_text_in_codes_csv()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat
            .Replace("nb: Merverdiavgift", "nb: \"=HYPERLINK(\\\"http://evil.example\\\",\\\"klikk\\\")\"", StringComparison.Ordinal)
            .Replace("sv: Mervärdesskatt", "sv: \"@SUM(1+1)*cmd|' /C calc'!A0\"", StringComparison.Ordinal)
            .Replace("en: Value added tax", "en: \"+1-2\"", StringComparison.Ordinal));
        Assert.Contains("=HYPERLINK", site.Read("input/industries/logistics/vat.yml"), StringComparison.Ordinal);

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        using var reader = CsvDataReader.Create(Path.Combine(site.OutputFolder, "codes.csv"));
        var rows = new List<Dictionary<string, string>>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, reader.GetString));
        }

        Assert.NotEmpty(rows);
        foreach (var (column, value) in rows.SelectMany(r => r).Select(kv => (kv.Key, kv.Value)))
        {
            Assert.False(value.Length > 0 && FormulaStarts.Contains(value[0]), $"{column} starts a formula: {value}");
        }

        var vat = rows.Single(r => r["term_id"] == "vat");
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"klikk\")", vat["term_nb"]);
        Assert.Equal("'@SUM(1+1)*cmd|' /C calc'!A0", vat["term_sv"]);
        Assert.Equal("'+1-2", vat["term_en"]);
    }
}
