using Phrasebook.Build;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: html-validate (pinned in tests/gates-node, recommended preset; the rules turned off there say why)
/// over every HTML page of the sample build: 0 errors.
/// </summary>
public sealed class HtmlValidityTests
{
    [Fact]
    public async Task Every_page_of_the_sample_is_valid_html()
    {
        using var site = Repo.CopySample("phrasebook-html-");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, Output = site.Output });
        Assert.True(result.Succeeded, string.Join('\n', result.Diagnostics.Where(d => d.IsError)));
        var pages = Directory.GetFiles(site.Output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 100, $"{pages.Length} pages");

        var validator = Path.Combine(Repo.GatesNode, "node_modules", ".bin", "html-validate");
        Assert.True(File.Exists(validator), "run `npm ci` in tests/gates-node");
        var run = await Tool.RunAsync(TimeSpan.FromSeconds(120), validator, "--config", Path.Combine(Repo.GatesNode, ".htmlvalidate.json"), "--formatter", "text", site.Output + "/**/*.html");
        Assert.True(run.ExitCode == 0 && !run.TimedOut, run.ToString());
    }
}
