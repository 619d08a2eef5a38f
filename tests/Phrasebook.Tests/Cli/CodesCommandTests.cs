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
        // The sample is complete (it passes check --strict): plant the gap the report must name, vat's user text.
        const string Vat = "input/industries/logistics/vat.yml";
        var yaml = site.Read(Vat);
        var user = yaml.IndexOf("\n  user:\n", StringComparison.Ordinal);
        site.Write(Vat, yaml[..user] + yaml[yaml.IndexOf("\ninvoice:", user, StringComparison.Ordinal)..]);
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

    [Fact]
    public async Task A_quoted_field_with_a_line_break_and_separators_is_one_field()
    {
        using var site = Repo.CopySample();
        var (code, output, error) = await Codes(site, "Tekst;Kode;Beløp\n\"Drivstoff; per\nmåned\";FSC;10\n\"Sitat \"\"ukjent\"\"\";\"XY;Z\";1\n");
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains("1 of 2 exported code(s) have an explanation.", output, StringComparison.Ordinal);
        Assert.Contains("\n  XY;Z\n", output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("måned", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_one_column_file_with_a_header_does_not_report_the_header_as_a_code()
    {
        using var site = Repo.CopySample();
        var (code, output, _) = await Codes(site, "Kode\nFSC\nADM\n", "--fail-on-missing");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("2 of 2 exported code(s) have an explanation.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_folder_a_device_or_a_pipe_as_export_ends_in_a_clear_usage_error()
    {
        using var site = Repo.CopySample();
        var (folder, _, folderError) = await Cli.Run("codes", site.Root, "--root", site.Root);
        Assert.Equal(ExitCodes.UsageError, folder);
        Assert.Contains("is a folder, not an export file", folderError, StringComparison.Ordinal);

        var (zero, _, zeroError) = await Cli.Run("codes", "/dev/zero", "--root", site.Root);
        Assert.Equal(ExitCodes.UsageError, zero);
        Assert.Contains("not a regular file", zeroError, StringComparison.Ordinal);

        // A named pipe nobody writes to: opening it would block for ever.
        var fifo = Path.Combine(site.Root, "export.fifo");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [fifo]))
        {
            await mkfifo.WaitForExitAsync();
        }

        var (pipe, _, pipeError) = await Cli.Run("codes", fifo, "--root", site.Root);
        Assert.Equal(ExitCodes.UsageError, pipe);
        Assert.Contains("not a regular file", pipeError, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_root_folder_is_a_usage_error_like_in_the_other_commands()
    {
        using var site = Repo.CopySample();
        var file = Path.Combine(site.Root, "export.txt");
        await File.WriteAllTextAsync(file, "FSC\n");
        var (code, _, error) = await Cli.Run("codes", file, "--root", Path.Combine(site.Root, "nowhere"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains("does not exist", error, StringComparison.Ordinal);
    }
}
