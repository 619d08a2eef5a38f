using Phrasebook.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 1: a pull request cannot make the build read anything outside the site. Each test
/// commits a symlink or a special file where the build reads, and checks the error names it, the
/// secret is not published, and the outside and the previous output stay byte-identical.
/// </summary>
public sealed class ReadOutsideSiteTests : IDisposable
{
    private readonly PlantedSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string> OutsideLinks => new()
    {
        { "input/assets/passwd.txt", "secret.txt" },
        { "input/pages/about.nb.md", "secret.txt" },
        { "input/processes/leak.nb.md", "secret.txt" },
        { "input/industries/logistics/leak.yml", "secret.yml" },
        { "themes/default/assets/leak.css", "secret.txt" },
        { "themes/default/layouts/leak.liquid", "secret.txt" },
        { "themes/default/partials/leak.liquid", "secret.txt" },
        { "overrides/assets/site.css", "secret.txt" },
        { "overrides/strings/en.yml", "secret.yml" },
        { "permalinks.txt", "secret.txt" },
    };

    [Theory]
    [MemberData(nameof(OutsideLinks))]
    public async Task A_link_to_a_file_outside_the_site_is_an_error_naming_the_link(string link, string target)
    {
        await _site.WithPreviousOutputAsync();
        _site.Link(link, _site.OutsideFile(target));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeFile, link, 0, message: "symbolic link to a file outside the site", hint: "commit the file itself");
    }

    [Fact]
    public async Task A_link_to_the_build_environment_is_not_published()
    {
        await _site.WithPreviousOutputAsync();
        _site.Link("input/assets/environ.txt", "/proc/self/environ");
        _site.Link("input/assets/passwd", "/etc/passwd");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/environ.txt", 0, message: "outside the site");
        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/passwd", 0, message: "outside the site");
    }

    [Fact]
    public async Task Settings_that_are_a_link_out_of_the_site_are_not_read()
    {
        await _site.WithPreviousOutputAsync();
        File.Copy(_site.Site.PathOf("statiq.json"), _site.OutsideFile("statiq.json"));
        File.Delete(_site.Site.PathOf("statiq.json"));
        _site.Link("statiq.json", _site.OutsideFile("statiq.json"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeFile, "statiq.json", 0, message: "outside the site");
    }

    [Theory]
    [InlineData("input/assets/outside")]
    [InlineData("themes/default/assets/outside")]
    [InlineData("input/industries/outside")]
    public async Task A_link_to_a_folder_outside_the_site_is_not_followed(string link)
    {
        await _site.WithPreviousOutputAsync();
        _site.Link(link, _site.OutsideFile("folder"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        Assert.Contains(diagnostics, d => d.Code == Codes.UnsafeFile && d.Location.Path.StartsWith(link, StringComparison.Ordinal) && d.Message.Contains("outside the site", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_assets_folder_that_is_a_link_out_of_the_site_lists_nothing_and_is_reported()
    {
        await _site.WithPreviousOutputAsync();
        _site.Link("input/assets", "/");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.UnsafeFile, "input/assets", 0, message: "symbolic link to a folder outside the site");
    }

    [Fact]
    public async Task A_dangling_link_and_a_loop_of_links_are_errors_naming_the_file()
    {
        await _site.WithPreviousOutputAsync();
        _site.Link("input/assets/gone.png", _site.Site.PathOf("input/assets/no-such-file.png"));
        _site.Link("input/assets/a.png", _site.Site.PathOf("input/assets/b.png"));
        _site.Link("input/assets/b.png", _site.Site.PathOf("input/assets/a.png"));
        _site.Link("input/industries/logistics/loop.yml", _site.Site.PathOf("input/industries/logistics/loop.yml"));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/gone.png", 0, message: "leads nowhere");
        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/a.png", 0, message: "loops");
        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/b.png", 0, message: "loops");
        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/industries/logistics/loop.yml", 0, message: "loops");
    }

    [Theory]
    [InlineData("input/assets/pipe.svg")]
    [InlineData("input/industries/logistics/pipe.yml")]
    [InlineData("input/pages/pipe.nb.md")]
    [InlineData("input/roles.yml")]
    [InlineData("themes/default/assets/pipe.css")]
    [InlineData("overrides/strings/nb.yml")]
    [InlineData("permalinks.txt")]
    public async Task A_fifo_is_never_opened(string fifo)
    {
        await _site.WithPreviousOutputAsync();
        if (File.Exists(_site.Site.PathOf(fifo)))
        {
            File.Delete(_site.Site.PathOf(fifo));
        }

        _site.Fifo(fifo);

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, fifo, 0, message: "not a regular file (a FIFO, socket or device)");
    }

    [Fact]
    public async Task A_link_to_a_device_is_never_opened()
    {
        await _site.WithPreviousOutputAsync();
        _site.Link("input/assets/zero.bin", "/dev/zero");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.At(diagnostics, Codes.UnsafeFile, "input/assets/zero.bin", 0, message: "outside the site");
    }

    [Fact]
    public async Task A_link_to_a_file_inside_the_site_is_allowed()
    {
        _site.Site.Write("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 10 10\"><rect width=\"10\" height=\"10\"/></svg>");
        _site.Link("input/assets/logo-copy.svg", _site.Site.PathOf("input/assets/logo.svg"));

        var result = await _site.Site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Equal(File.ReadAllText(_site.Site.PathOf("input/assets/logo.svg")), File.ReadAllText(Path.Combine(_site.Site.OutputFolder, "assets", "logo-copy.svg")));
        Assert.Null(new FileInfo(Path.Combine(_site.Site.OutputFolder, "assets", "logo-copy.svg")).LinkTarget);
    }
}
