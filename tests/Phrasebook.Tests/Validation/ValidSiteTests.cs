using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

public class ValidSiteTests
{
    [Fact]
    public async Task Minimal_site_builds_without_errors()
    {
        using var site = new SiteFixture();

        var result = await site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "nb", "terms", "fuel-surcharge", "index.html")), "the term page is written");
        Assert.True(File.Exists(Path.Combine(site.OutputFolder, "nb", "codes", "moms-25", "index.html")), "the code page uses the slug");
    }

    [Fact]
    public void Minimal_site_warns_only_that_the_process_is_not_translated()
    {
        using var site = new SiteFixture();

        var diagnostics = site.Load();

        var d = Assert.Single(diagnostics);
        Assert.Equal(Severity.Warning, d.Severity);
        Assert.Equal(Codes.MissingTranslation, d.Code);
        Assert.Equal(new SourceLocation("input/processes/delivery.nb.md", 1, 1), d.Location);
        Assert.Contains("sv, en", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_sample_site_of_the_repository_has_no_errors()
    {
        var bag = new DiagnosticBag();

        var content = Phrasebook.Content.ContentLoader.Load(SiteFixture.RepositoryRoot, bag, 2);

        DiagnosticAssert.NoErrors(bag.ToSortedList());
        Assert.NotNull(content);
        Assert.NotEmpty(content.Terms);
    }
}
