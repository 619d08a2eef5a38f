using System.Text.Json;
using Phrasebook.Cli;

namespace Phrasebook.Tests.Cli;

public sealed class CheckCommandTests
{
    private const string Broken = "id: broken\nterm: {nb: Ødelagt}\nsumary: {nb: Feil nøkkel.}\n";

    /// <summary>A term in Norwegian only: PB101 for sv and en and PB102 for its roles, which --strict makes errors.</summary>
    private const string Untranslated = "id: untranslated\nterm: {nb: Uoversatt}\nsummary: {nb: Et ord uten oversettelse.}\n";

    [Fact]
    public async Task Check_of_the_sample_passes_strict_and_writes_nothing()
    {
        using var site = Repo.CopySample();
        var (code, output, _) = await Cli.Run("check", "--root", site.Root, "--strict");
        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), (code, output.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Verbose_prints_where_the_time_went_on_standard_error_and_leaves_the_report_alone()
    {
        using var site = Repo.CopySample();
        var (code, output, error) = await Cli.Run("check", "--root", site.Root, "--verbose");
        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), (code, output.Replace("\r\n", "\n", StringComparison.Ordinal)));
        Assert.Contains("Pipeline", error, StringComparison.Ordinal);
        Assert.Matches(@"Read and validate content\s+\d+\.\d ms", error);
        Assert.Matches(@"GC: \d+ gen0, \d+ gen1, \d+ gen2 collections, paused \d+\.\d\d s, \d+ MB allocated", error);
        Assert.DoesNotContain("GC:", (await Cli.Run("check", "--root", site.Root)).Err, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Warnings_do_not_fail_check_without_strict()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/untranslated.yml", Untranslated);
        var (code, output, _) = await Cli.Run("check", "--root", site.Root);
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("input/industries/logistics/untranslated.yml:1:1: warning PB101: The term 'untranslated' is not translated to 'en': term, summary.", output, StringComparison.Ordinal);
        Assert.Contains("No errors (3 warning(s)).", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Human_format_groups_by_file_with_file_line_col_code_and_hint()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken.yml", Broken);
        var (code, output, _) = await Cli.Run("check", "--root", site.Root);
        Assert.Equal(ExitCodes.ContentErrors, code);
        var text = output.Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains("  input/industries/logistics/broken.yml:3:1: error PB002: Unknown key 'sumary' in a term.\n      hint: did you mean 'summary'?\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain("PB003", text, StringComparison.Ordinal);
        Assert.Contains("1 error(s)", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GitHub_format_writes_workflow_annotations()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken.yml", Broken);
        site.Write("input/industries/logistics/untranslated.yml", Untranslated);
        var (code, output, _) = await Cli.Run("check", "--root", site.Root, "--format", "github");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("::error file=input/industries/logistics/broken.yml,line=3,col=1,title=PB002::Unknown key 'sumary' in a term. Hint: did you mean 'summary'?", output.Split('\n').Select(l => l.TrimEnd('\r')));
        Assert.Contains(output.Split('\n'), l => l.StartsWith("::warning file=input/industries/logistics/untranslated.yml,line=1,col=1,title=PB101::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Json_format_lists_every_diagnostic()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken.yml", Broken);
        var (code, output, _) = await Cli.Run("check", "--root", site.Root, "--format", "json");
        Assert.Equal(ExitCodes.ContentErrors, code);
        var root = JsonDocument.Parse(output).RootElement;
        Assert.Equal(1, root.GetProperty("errors").GetInt32());
        var error = root.GetProperty("diagnostics").EnumerateArray().Single(d => d.GetProperty("code").GetString() == "PB002");
        Assert.Equal("error", error.GetProperty("severity").GetString());
        Assert.Equal("input/industries/logistics/broken.yml", error.GetProperty("file").GetString());
        Assert.Equal(3, error.GetProperty("line").GetInt32());
        Assert.Equal("did you mean 'summary'?", error.GetProperty("hint").GetString());
    }

    [Fact]
    public async Task Strict_turns_warnings_into_errors()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/untranslated.yml", Untranslated);
        var (code, output, _) = await Cli.Run("check", "--root", site.Root, "--strict", "--format", "github");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains(output.Split('\n'), l => l.StartsWith("::error file=input/industries/logistics/untranslated.yml,line=1,col=1,title=PB101::", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_format_is_a_usage_error() =>
        Assert.Equal(ExitCodes.UsageError, (await Cli.Run("check", "--format", "xml")).Code);
}
