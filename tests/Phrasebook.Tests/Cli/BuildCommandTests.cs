using Phrasebook.Cli;

namespace Phrasebook.Tests.Cli;

public sealed class BuildCommandTests
{
    [Fact]
    public async Task Build_prints_pages_per_language_and_exits_0()
    {
        using var site = Repo.CopySample();
        var (code, output, _) = await Cli.Run("build", "--root", site.Root, "--verbose");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Matches(@"nb\s+\d+ pages", output);
        Assert.Contains("Pipeline", output, StringComparison.Ordinal);
        Assert.Contains("Terms", output, StringComparison.Ordinal);
        Assert.Matches(@"Read and validate content\s+\d+\.\d ms", output);
        Assert.Matches(@"Pipelines\s+\d+\.\d ms", output);
        Assert.Matches(@"Remove stale files and swap in\s+\d+\.\d ms", output);
        Assert.Matches(@"GC: \d+ gen0, \d+ gen1, \d+ gen2 collections, paused \d+\.\d\d s, \d+ MB allocated", output);
        Assert.True(File.Exists(Path.Combine(site.Output, "index.html")));
    }

    [Fact]
    public async Task Content_errors_exit_1_with_file_line_and_code()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken.yml", "id: broken\nterm: {nb: Ødelagt}\nsumary: {nb: Feil nøkkel.}\n");
        var (code, _, error) = await Cli.Run("build", "--root", site.Root);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Contains("input/industries/logistics/broken.yml:3:1: error PB002: Unknown key 'sumary' in a term.", error, StringComparison.Ordinal);
        Assert.Contains("did you mean 'summary'?", error, StringComparison.Ordinal);
        Assert.Contains("Nothing was written", error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task Usage_errors_exit_2()
    {
        Assert.Equal(ExitCodes.UsageError, (await Cli.Run("build", "--no-such-option")).Code);
        Assert.Equal(ExitCodes.UsageError, (await Cli.Run("build", "--root", "/no/such/folder")).Code);
    }

    [Fact]
    public async Task Help_lists_the_build_command()
    {
        var (code, output, _) = await Cli.Run("--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("build", output, StringComparison.Ordinal);
    }
}
