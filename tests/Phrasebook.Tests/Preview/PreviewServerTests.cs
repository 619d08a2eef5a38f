using System.Net;
using Phrasebook.Build;

namespace Phrasebook.Tests.Preview;

public sealed class PreviewServerTests
{
    private const string Term = "input/industries/logistics/fuel-surcharge.yml";

    [Fact]
    public async Task Pages_are_served_uncached_with_the_reload_script()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var response = await preview.Http.GetAsync("/nb/terms/fuel-surcharge/");
        var html = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Drivstofftillegg", html, StringComparison.Ordinal);
        Assert.Contains("<script src=\"/_phrasebook/preview.js\" data-events=\"/_phrasebook/events\" data-page=\"nb/terms/fuel-surcharge/index.html\"", html, StringComparison.Ordinal);
        Assert.EndsWith("</html>", html.TrimEnd(), StringComparison.Ordinal);
        Assert.Contains("EventSource", await preview.GetAsync("/_phrasebook/preview.js"), StringComparison.Ordinal);

        using var css = await preview.Http.GetAsync("/theme/site.css");
        Assert.Equal("text/css", css.Content.Headers.ContentType?.MediaType);
        Assert.DoesNotContain("_phrasebook", await css.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_saved_term_edit_reloads_its_pages_with_the_new_text()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        preview.Site.Write(Term, preview.Site.Read(Term).Replace("nb: Drivstofftillegg", "nb: Dieselavgift", StringComparison.Ordinal));

        var reload = await events.NextAsync("reload");
        var files = reload.GetProperty("files").EnumerateArray().Select(f => f.GetString()).ToList();
        Assert.Contains("nb/terms/fuel-surcharge/index.html", files);
        Assert.Contains("nb/terms/index.html", files);
        Assert.DoesNotContain("sv/terms/fuel-surcharge/index.html", files);
        Assert.False(reload.GetProperty("all").GetBoolean());
        Assert.Contains("Dieselavgift", await preview.GetAsync("/nb/terms/fuel-surcharge/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_content_error_is_reported_to_open_pages_until_it_is_fixed()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        var good = preview.Site.Read(Term);
        var broken = good.Replace("abbreviation: BAF", "abbreviation: BAF\nsumary: oops", StringComparison.Ordinal);
        var line = broken.Split('\n').ToList().IndexOf("sumary: oops") + 1;
        preview.Site.Write(Term, broken);

        var errors = (await events.NextAsync("errors")).GetProperty("errors").EnumerateArray().ToList();
        var error = Assert.Single(errors);
        Assert.Equal(Term, error.GetProperty("file").GetString());
        Assert.Equal(line, error.GetProperty("line").GetInt32());
        Assert.Equal(1, error.GetProperty("column").GetInt32());
        Assert.Equal($"{Term}:{line}:1", error.GetProperty("location").GetString());
        Assert.Equal("PB002", error.GetProperty("code").GetString());
        Assert.StartsWith("Unknown key 'sumary' in a term.", error.GetProperty("message").GetString(), StringComparison.Ordinal);

        // The last good build stays served, and a page opened now learns of the errors at once.
        Assert.Contains("Drivstofftillegg", await preview.GetAsync("/nb/terms/fuel-surcharge/"), StringComparison.Ordinal);
        using (var late = await preview.Http.GetAsync("/_phrasebook/status"))
        {
            Assert.Contains("sumary", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        preview.Site.Write(Term, good.Replace("nb: Drivstofftillegg", "nb: Drivstoffavgift", StringComparison.Ordinal));
        var reload = await events.NextAsync("reload");
        Assert.Contains("nb/terms/fuel-surcharge/index.html", reload.GetProperty("files").EnumerateArray().Select(f => f.GetString()));
        Assert.Contains("Drivstoffavgift", await preview.GetAsync("/nb/terms/fuel-surcharge/"), StringComparison.Ordinal);
        Assert.Contains("\"errors\":[]", await preview.GetAsync("/_phrasebook/status"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/..%2f..%2fetc/passwd")]
    [InlineData("/%2e%2e/")]
    [InlineData("/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("/nb/../../etc/passwd")]
    [InlineData("/nb/%2e%2e/%2e%2e/etc/passwd")]
    [InlineData("//etc/passwd")]
    [InlineData("/%2fetc%2fpasswd")]
    [InlineData("/..%5c..%5cetc%5cpasswd")]
    [InlineData("/C:/Windows/win.ini")]
    public async Task Requests_outside_the_site_get_404(string target)
    {
        await using var preview = await PreviewSession.StartAsync();
        Assert.Equal(404, await preview.RawStatusAsync(target));
    }

    [Theory]
    [InlineData("http://127.0.0.1/../../etc/passwd")]
    [InlineData("/nb/%00/index.html")]
    public async Task Requests_Kestrel_rejects_itself_never_reach_a_file(string target)
    {
        await using var preview = await PreviewSession.StartAsync();
        Assert.Equal(400, await preview.RawStatusAsync(target));
    }

    [Fact]
    public async Task Missing_pages_get_the_404_page_of_their_language_and_folders_redirect_to_a_slash()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var missing = await preview.Http.GetAsync("/sv/terms/no-such-term/");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("lang=\"sv\"", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var root404 = await preview.Http.GetAsync("/nothing-here");
        Assert.Equal(HttpStatusCode.NotFound, root404.StatusCode);
        Assert.Contains("_phrasebook/preview.js", await root404.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        using var folder = await preview.Http.GetAsync("/nb/terms?x=1");
        Assert.Equal(HttpStatusCode.Found, folder.StatusCode);
        Assert.Equal("/nb/terms/?x=1", folder.Headers.Location?.OriginalString);
        using var post = await preview.Http.PostAsync("/nb/", null);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task LinkRoot_is_honoured_and_settings_changes_apply_without_a_restart()
    {
        await using var preview = await PreviewSession.StartAsync(site =>
            site.Write("statiq.json", site.Read("statiq.json").Replace("\"LinkRoot\": \"/\"", "\"LinkRoot\": \"/help/\"", StringComparison.Ordinal)));
        Assert.Contains("href=\"/help/theme/site.css?v=", await preview.GetAsync("/help/nb/"), StringComparison.Ordinal);
        Assert.Contains("src=\"/help/_phrasebook/preview.js\"", await preview.GetAsync("/help/nb/"), StringComparison.Ordinal);
        using (var outside = await preview.Http.GetAsync("/nb/"))
        {
            Assert.Equal(HttpStatusCode.NotFound, outside.StatusCode);
        }

        using (var root = await preview.Http.GetAsync("/"))
        {
            Assert.Equal("/help/", root.Headers.Location?.OriginalString);
        }

        using var events = await preview.EventsAsync("/help/");
        preview.Site.Write("statiq.json", preview.Site.Read("statiq.json").Replace("ordbok for kunder", "ordbok for alle", StringComparison.Ordinal));
        Assert.True((await events.NextAsync("reload")).GetProperty("all").GetBoolean());
        Assert.Contains("Nordlys Frakt – ordbok for alle", await preview.GetAsync("/help/nb/"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_theme_change_reloads_every_page()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        preview.Site.Write("themes/default/assets/site.css", preview.Site.Read("themes/default/assets/site.css") + "\n.preview-test { color: red; }\n");
        Assert.True((await events.NextAsync("reload")).GetProperty("all").GetBoolean());
        Assert.Contains(".preview-test", await preview.GetAsync("/theme/site.css"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reload_script_never_reaches_the_output_folder()
    {
        await using var preview = await PreviewSession.StartAsync();
        Assert.True((await SiteBuilder.BuildAsync(new BuildOptions { Root = preview.Site.Root, MaxParallelism = 2 })).Succeeded);
        var before = Repo.HashTree(preview.Site.Output);
        using var events = await preview.EventsAsync();
        preview.Site.Write(Term, preview.Site.Read(Term).Replace("nb: Drivstofftillegg", "nb: Dieselavgift", StringComparison.Ordinal));
        await events.NextAsync("reload");
        Assert.Contains("_phrasebook/preview.js", await preview.GetAsync("/nb/"), StringComparison.Ordinal);

        Assert.Empty(Repo.Diff(before, Repo.HashTree(preview.Site.Output)));
        Assert.DoesNotContain(Directory.GetFiles(preview.Site.Output, "*", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("_phrasebook", StringComparison.Ordinal));
    }
}
