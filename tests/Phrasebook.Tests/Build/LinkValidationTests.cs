using Phrasebook.Build;

namespace Phrasebook.Tests.Build;

public sealed class LinkValidationTests
{
    [Fact]
    public async Task A_link_to_a_page_the_build_does_not_write_fails_the_build_once_at_its_line_in_the_source_file()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken-link.yml", """
            id: broken-link
            term: {nb: Brutt lenke}
            summary: {nb: Et ord med en lenke som ikke virker.}
            explanation: {nb: "Se [denne siden](/nb/terms/finnes-ikke/)."}
            """);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });

        Assert.False(result.Succeeded);
        // The three language pages show the one nb text: one mistake, one error, at the link.
        var error = Assert.Single(result.Diagnostics, d => d.Code == "PB023");
        Assert.Equal(new Engine.Diagnostics.SourceLocation("input/industries/logistics/broken-link.yml", 4, 37), error.Location);
        Assert.Equal("The page /en/terms/broken-link/index.html links to '/nb/terms/finnes-ikke/': the build writes no such page or file.", error.Message);
        Assert.False(Directory.Exists(site.Output));
    }

    [Fact]
    public async Task A_fragment_that_names_no_element_is_a_broken_link()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/broken-anchor.yml", """
            id: broken-anchor
            term: {nb: Brutt anker}
            summary: {nb: Et ord med et anker som ikke finnes.}
            explanation: {nb: "Se [rollen](term:fuel-surcharge#role-nobody)."}
            """);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Code == "PB023" && d.Message.Contains("no element with id 'role-nobody'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_to_role_anchors_and_assets_pass()
    {
        using var site = Repo.CopySample();
        site.Write("input/industries/logistics/good-links.yml", """
            id: good-links
            term: {nb: Gode lenker}
            summary: {nb: Et ord med lenker som virker.}
            explanation: {nb: "Se [økonomi](term:fuel-surcharge#role-finance) og ![logo](/assets/logo.svg)."}
            """);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
    }
}
