using Phrasebook.Content.Model;
using Phrasebook.Search.Files;
using Phrasebook.Tests.Build;

namespace Phrasebook.Tests.Search;

/// <summary>"Tell the editors" after a search without results: an e-mail, an issue in the repository of EditLink, or nothing.</summary>
public sealed class FeedbackLinkTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Theory]
    [InlineData("https://github.com/acme/glossary/edit/main/{path}", "https://github.com/acme/glossary/issues/new?title={subject}&body={body}")]
    [InlineData("https://github.com/acme/glossary/blob/main/{path}", "https://github.com/acme/glossary/issues/new?title={subject}&body={body}")]
    [InlineData("https://gitlab.com/acme/help/glossary/-/edit/main/{path}", "https://gitlab.com/acme/help/glossary/-/issues/new?issue[title]={subject}&issue[description]={body}")]
    [InlineData("https://codeberg.org/acme/glossary/_edit/main/{path}", "https://codeberg.org/acme/glossary/issues/new?title={subject}&body={body}")]
    [InlineData("https://git.example.com/acme/glossary/src/branch/main/{path}", "https://git.example.com/acme/glossary/issues/new?title={subject}&body={body}")]
    public void An_edit_link_gives_its_repositorys_new_issue_address(string edit, string issue) =>
        Assert.Equal(issue, FeedbackLink.Template(Settings(edit, null)));

    [Theory]
    [InlineData("https://cms.example.com/edit?file={path}")]
    [InlineData("https://example.com/edit/{path}")]
    public void An_edit_link_of_another_shape_gives_no_link(string edit) => Assert.Null(FeedbackLink.Template(Settings(edit, null)));

    [Fact]
    public void An_email_address_wins_and_neither_setting_gives_no_link()
    {
        Assert.Equal("mailto:editors@example.com?subject={subject}&body={body}", FeedbackLink.Template(Settings("https://github.com/a/b/edit/main/{path}", "editors@example.com")));
        Assert.Null(FeedbackLink.Template(Settings(null, null)));
    }

    [Fact]
    public void The_sample_pages_hand_the_link_and_the_help_targets_to_search()
    {
        var config = sample.Page("nb/terms/index.html").QuerySelector("#search-config")!.TextContent;
        using var json = System.Text.Json.JsonDocument.Parse(config);
        var root = json.RootElement;
        Assert.Equal("https://github.com/nordlys-frakt/phrasebook/issues/new?title={subject}&body={body}", root.GetProperty("feedback_url").GetString());
        Assert.Equal("/nb/terms/", root.GetProperty("terms_url").GetString());
        Assert.Equal("/nb/codes/", root.GetProperty("codes_url").GetString());
        Assert.Equal("#footer-contact-heading", root.GetProperty("contact").GetString());
        Assert.NotNull(sample.Page("nb/terms/index.html").QuerySelector("#footer-contact-heading"));
        Assert.Equal("nb", root.GetProperty("page_lang").GetString());
    }

    [Fact]
    public async Task A_site_without_edit_link_or_feedback_email_hands_search_no_link()
    {
        using var site = Repo.CopySample();
        var settings = site.Read("statiq.json");
        site.Write("statiq.json", System.Text.RegularExpressions.Regex.Replace(settings, "\\s*\"EditLink\": \"[^\"]*\",", ""));
        var result = await Phrasebook.Build.SiteBuilder.BuildAsync(new Phrasebook.Build.BuildOptions { Root = site.Root, MaxParallelism = 2 });
        Assert.True(result.Succeeded);
        var html = File.ReadAllText(Path.Combine(site.Output, "en", "terms", "index.html"));
        Assert.Contains("\"feedback_url\":null", html, StringComparison.Ordinal);
    }

    private static Settings Settings(string? edit, string? email) => new()
    {
        SiteTitle = LocalizedText.Empty,
        Languages = ["en"],
        EditLink = edit,
        FeedbackEmail = email,
    };
}
