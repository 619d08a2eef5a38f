using Phrasebook.Cli;
using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// Issue #23 classes that need a whole build but no child process: a template past its steps, and the
/// files that are not content (editors' backups, locks and swap files) staying unread.
/// </summary>
public class RobustnessTests
{
    [Fact]
    public async Task Nested_loops_of_two_and_a_half_billion_steps_stop_with_an_error_naming_the_layout()
    {
        using var site = new SiteFixture();
        const string layout = "themes/default/layouts/az.liquid";
        site.Write(layout, site.Read(layout) + "{% for i in (1..50000) %}{% for j in (1..50000) %}{% endfor %}{% endfor %}");
        var output = new StringWriter();
        var error = new StringWriter();

        var code = await PhrasebookCommand.RunAsync(["build", "--root", site.Root], output, error);

        Assert.True(code == 1, $"exit {code}\n{error}");
        var lines = error.ToString().Split('\n').Where(l => l.Contains(" error ", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count == 1, string.Join('\n', lines));
        Assert.StartsWith($"{layout}: error {Codes.TemplateStopped}: The template stopped while rendering /", lines[0], StringComparison.Ordinal);
        Assert.Contains("more than 10,000,000 steps for one page", lines[0], StringComparison.Ordinal);
        Assert.False(Directory.Exists(site.OutputFolder));
    }

    [Theory]
    [InlineData("input/industries/logistics/fuel-surcharge.yml~")]
    [InlineData("input/industries/logistics/#fuel-surcharge.yml#")]
    [InlineData("input/industries/logistics/.#fuel-surcharge.yml")]
    [InlineData("input/industries/logistics/.fuel-surcharge.yml.swp")]
    [InlineData("input/processes/delivery.nb.md~")]
    [InlineData("input/processes/#delivery.nb.md#")]
    [InlineData("input/processes/.delivery.nb.md.swp")]
    [InlineData("input/pages/index.nb.md~")]
    public void Editor_backup_lock_and_swap_files_are_not_read_or_reported(string path)
    {
        using var site = new SiteFixture();
        site.WriteBytes(path, [.. "id: [broken\n\0"u8]);

        var diagnostics = site.Load();

        Assert.DoesNotContain(diagnostics, d => d.Location.Path == path);
        Assert.DoesNotContain(diagnostics, d => d.IsError);
    }

    [Fact]
    public void An_emacs_lock_link_that_points_nowhere_is_not_read()
    {
        using var site = new SiteFixture();
        File.CreateSymbolicLink(site.PathOf("input/industries/logistics/.#vat.yml"), "user@host.1234:1700000000");

        Assert.DoesNotContain(site.Load(), d => d.IsError);
    }

    [Fact]
    public void Editor_backups_of_assets_are_not_published()
    {
        using var site = new SiteFixture();
        site.Write("input/assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        site.Write("input/assets/logo.svg~", "old");

        var files = Phrasebook.Content.InputFiles.Scan(site.Root, site.PathOf("input"), ["nb", "sv", "en"], new Phrasebook.Engine.Diagnostics.DiagnosticBag());

        Assert.Equal(["input/assets/logo.svg"], files.Assets.ToArray());
    }
}
