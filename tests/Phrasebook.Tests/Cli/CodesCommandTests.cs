using Phrasebook.Cli;

namespace Phrasebook.Tests.Cli;

public sealed class CodesCommandTests
{
    private static async Task<(int Code, string Out, string Err)> Codes(TempSite site, string export, params string[] args)
    {
        var file = Path.Combine(site.Root, "export.txt");
        await File.WriteAllTextAsync(file, export);
        return await Cli.Run(["codes", file, "--root", site.Root, .. args]);
    }

    [Fact]
    public async Task A_csv_export_is_compared_with_the_explanations()
    {
        using var site = Repo.CopySample();
        var (code, output, _) = await Codes(site, "Kode;Tekst;Beløp\nFSC;Drivstoff;10\nFSC-07;Drivstoff;10\nXYZ;Ukjent;1\n\"MOMS 25%\";Mva;2\n");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("3 of 4 exported code(s) have an explanation.", output, StringComparison.Ordinal);
        Assert.Contains("Codes with no explanation (add them to a term's invoice.codes, or a pattern): 1\n  XYZ\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("  ADM (admin-fee)", output, StringComparison.Ordinal);
        Assert.DoesNotContain("  FSC (fuel-surcharge)", output, StringComparison.Ordinal);
        Assert.Contains("  MVA 25%, MOMS 25%, MVA 0% (vat): no text for user", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_plain_list_works_and_fail_on_missing_exits_1()
    {
        using var site = Repo.CopySample();
        var (code, output, _) = await Codes(site, "FSC\nNOPE\n", "--fail-on-missing");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("  NOPE", output, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await Codes(site, "FSC\nADM\n", "--fail-on-missing")).Code);
    }

    [Fact]
    public async Task A_csv_without_a_code_column_is_a_clear_usage_error()
    {
        using var site = Repo.CopySample();
        var (code, _, error) = await Codes(site, "Tekst,Beløp\nDrivstoff,10\n");
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("has no column named code, kode, kod", error, StringComparison.Ordinal);
        Assert.Contains("its columns are: Tekst, Beløp", error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, (await Codes(site, "Tekst,Varekode\nDrivstoff,FSC\n", "--column", "Varekode")).Code);
    }

    [Fact]
    public async Task An_unreadable_export_is_a_clear_usage_error()
    {
        using var site = Repo.CopySample();
        var (code, _, error) = await Cli.Run("codes", Path.Combine(site.Root, "no-such-export.csv"), "--root", site.Root);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("cannot read", error, StringComparison.Ordinal);
    }
}
