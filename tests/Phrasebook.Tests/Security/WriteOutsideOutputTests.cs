using System.Text.Json;
using Phrasebook.Build;
using Phrasebook.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 2: a pull request cannot make the build write or delete outside its output. Each test
/// plants an OutputPath, a symlink or a file where the build writes, and checks the error and that
/// the outside, the site's own folders and the previous output stay byte-identical.
/// </summary>
public sealed class WriteOutsideOutputTests : IDisposable
{
    private readonly PlantedSite _site = new();

    public void Dispose() => _site.Dispose();

    private SiteFixture Site => _site.Site;

    public static TheoryData<string, string> BadOutputPaths => new()
    {
        { "..", "'..' and '.' are not allowed" },
        { "../outside", "'..' and '.' are not allowed" },
        { "output/../../x", "'..' and '.' are not allowed" },
        { ".", "the site's own folder" },
        { "", "the site's own folder" },
        { "/tmp/phrasebook-elsewhere", "relative to the site's folder" },
        { "themes", "'themes' holds the site's own files" },
        { "docs", "'docs' holds the site's own files" },
        { "input", "'input' holds the site's own files" },
        { "Input/sub", "'Input' holds the site's own files" },
        { "statiq.json", "'statiq.json' holds the site's own files" },
        { ".git", "not a plain folder name" },
        { ".output", "not a plain folder name" },
        { "out//put", "not a plain folder name" },
        { "out\\put", "relative to the site's folder" },
        { new string('a', 5000), "it is 5000 characters long" },
    };

    [Theory]
    [MemberData(nameof(BadOutputPaths))]
    public async Task An_output_path_that_is_not_a_folder_of_its_own_is_refused(string outputPath, string why)
    {
        await _site.WithPreviousOutputAsync();
        Site.Write("docs/guide.md", "# The site's docs\n");
        Site.Write("statiq.json", SiteFixture.Settings.Replace("\"OutputPath\": \"output\"", "\"OutputPath\": " + JsonSerializer.Serialize(outputPath), StringComparison.Ordinal));
        var sources = SourcesSnapshot();

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.InvalidSettings, "statiq.json", 6, 17, message: why, hint: "name a folder of its own inside the site");
        Assert.Equal(sources, SourcesSnapshot());
    }

    [Theory]
    [InlineData(".output.previous")]
    [InlineData(".output.staging-1-0123456789abcdef")]
    public async Task A_symlink_where_the_build_keeps_its_folders_is_an_error_not_a_target(string name)
    {
        await _site.WithPreviousOutputAsync();
        _site.Link(name, Path.Combine(_site.Outside, "folder"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, name, 0, message: "here is a symbolic link or a file instead", hint: "delete it");
    }

    [Fact]
    public async Task A_file_where_the_build_keeps_the_previous_output_is_an_error()
    {
        await _site.WithPreviousOutputAsync();
        Site.Write(".output.previous", "not the build's");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, ".output.previous", 0, message: "symbolic link or a file");
        Assert.Equal("not the build's", Site.Read(".output.previous"));
    }

    [Fact]
    public async Task An_output_folder_that_is_a_symlink_is_an_error_and_its_target_keeps_its_files()
    {
        _site.Link("output", Path.Combine(_site.Outside, "folder"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, "output", 0, message: "is a symbolic link");
        Assert.Equal(PlantedSite.Secret, File.ReadAllText(Path.Combine(_site.Outside, "folder", "inner.txt")));
    }

    [Fact]
    public async Task A_folder_on_the_output_path_that_is_a_symlink_is_an_error()
    {
        Site.Write("statiq.json", SiteFixture.Settings.Replace("\"OutputPath\": \"output\"", "\"OutputPath\": \"public/site\"", StringComparison.Ordinal));
        _site.Link("public", Path.Combine(_site.Outside, "folder"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, "public", 0, message: "is a symbolic link");
        Assert.False(Directory.Exists(Path.Combine(_site.Outside, "site")));
    }

    [Fact]
    public async Task An_existing_folder_holding_a_sites_sources_is_not_replaced()
    {
        Site.Write("statiq.json", SiteFixture.Settings.Replace("\"OutputPath\": \"output\"", "\"OutputPath\": \"site-copy\"", StringComparison.Ordinal));
        Site.Write("site-copy/statiq.json", "{}");
        Site.Write("site-copy/input/roles.yml", "keep me");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, "site-copy", 0, message: "holds 'statiq.json'");
        Assert.Equal("keep me", Site.Read("site-copy/input/roles.yml"));
    }

    [Fact]
    public async Task Update_permalinks_never_writes_through_a_planted_temporary_file()
    {
        await _site.WithPreviousOutputAsync();
        _site.Link("permalinks.txt.tmp", _site.OutsideFile("secret.txt"));
        var outside = PlantedSite.Tree(_site.Outside, "outside").ToList();

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = Site.Root, MaxParallelism = 2, UpdatePermalinks = true });

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Equal(outside, PlantedSite.Tree(_site.Outside, "outside").ToList());
        Assert.Null(new FileInfo(Site.PathOf("permalinks.txt")).LinkTarget);
        Assert.Contains("/c/", Site.Read("permalinks.txt"), StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(Site.Root, "permalinks.txt.*.tmp"));
    }

    [Fact]
    public async Task Update_permalinks_replaces_a_permalinks_link_inside_the_site_instead_of_writing_through_it()
    {
        await _site.WithPreviousOutputAsync();
        Site.Write("kept/permalinks.txt", "# a file the link points to\n");
        _site.Link("permalinks.txt", Site.PathOf("kept/permalinks.txt"));

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = Site.Root, MaxParallelism = 2, UpdatePermalinks = true });

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Equal("# a file the link points to\n", Site.Read("kept/permalinks.txt"));
        Assert.Null(new FileInfo(Site.PathOf("permalinks.txt")).LinkTarget);
    }

    [Theory]
    [InlineData("docs", "inside 'docs', which holds the site's own files")]
    [InlineData("themes/out", "inside 'themes', which holds the site's own files")]
    [InlineData(".git/out", "inside '.git', which holds the site's own files")]
    [InlineData("..", "is the site's folder or holds it")]
    public async Task An_output_option_into_the_sites_own_folders_is_refused(string output, string why)
    {
        await _site.WithPreviousOutputAsync();
        Site.Write("docs/guide.md", "# The site's docs\n");
        var sources = SourcesSnapshot();

        var diagnostics = await _site.BuildFailsUntouchedAsync(new BuildOptions { Root = Site.Root, Output = output, MaxParallelism = 2 });

        DiagnosticAssert.One(diagnostics, Codes.InvalidSettings, "statiq.json", 0, message: why);
        Assert.Equal(sources, SourcesSnapshot());
    }

    [Fact]
    public async Task A_5000_character_output_option_is_a_diagnostic_not_a_crash()
    {
        await _site.WithPreviousOutputAsync();

        var diagnostics = await _site.BuildFailsUntouchedAsync(new BuildOptions { Root = Site.Root, Output = new string('o', 5000), MaxParallelism = 2 });

        DiagnosticAssert.One(diagnostics, Codes.UnsafeOutput, "statiq.json", 0, message: "characters long; at most 1024 are allowed");
    }

    [Fact]
    public async Task The_real_cli_refuses_a_symlinked_output_with_exit_code_1()
    {
        _site.Link("output", Path.Combine(_site.Outside, "folder"));
        var before = _site.Snapshot();

        var (code, output, error) = await Phrasebook.Tests.Cli.Cli.Run("build", "--root", Site.Root);

        Assert.Equal(1, code);
        Assert.Contains("PB204", output + error, StringComparison.Ordinal);
        Assert.Equal(before, _site.Snapshot());
    }

    private List<string> SourcesSnapshot() =>
        [.. PlantedSite.Tree(Site.PathOf("docs"), "docs"), .. PlantedSite.Tree(Site.PathOf("themes"), "themes"), .. PlantedSite.Tree(Site.PathOf("input"), "input")];
}
