using System.Diagnostics;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Phrasebook.Build;
using Phrasebook.History;

namespace Phrasebook.Tests.History;

/// <summary>"Last updated" and sitemap lastmod come from one git log over a real (temporary) repository.</summary>
public sealed class GitDatesTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";
    private const string Vat = "input/industries/logistics/vat.yml";

    [Fact]
    public async Task Term_pages_and_sitemap_show_the_date_of_the_last_commit_that_changed_the_file()
    {
        using var site = Repo.CopySample();
        Git(site.Root, "2025-01-15T10:00:00+00:00", "init", "-q", "-b", "main");
        Git(site.Root, "2025-01-15T10:00:00+00:00", "add", "-A");
        Git(site.Root, "2025-01-15T10:00:00+00:00", "commit", "-q", "-m", "first");
        site.Write(Fuel, site.Read(Fuel) + "\n# a comment, still a change\n");
        Git(site.Root, "2026-03-04T23:30:00+01:00", "commit", "-q", "-am", "fuel surcharge");
        // A rename without changes is no change for the reader.
        Git(site.Root, "2026-05-06T08:00:00+00:00", "mv", Vat, "input/industries/logistics/moms.yml");
        Git(site.Root, "2026-05-06T08:00:00+00:00", "commit", "-q", "-m", "rename vat.yml");

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Equal("2026-03-04", Updated(site, "nb/terms/fuel-surcharge/index.html"));
        Assert.Equal("2026-03-04", Updated(site, "sv/terms/fuel-surcharge/index.html"));
        Assert.Equal("2025-01-15", Updated(site, "en/terms/vat/index.html"));
        Assert.Equal("2025-01-15", Updated(site, "nb/terms/freight-charge/index.html"));
        var lastmod = Lastmods(site);
        Assert.Equal("2026-03-04", lastmod["https://hjelp.nordlysfrakt.no/nb/terms/fuel-surcharge/"]);
        Assert.Equal("2025-01-15", lastmod["https://hjelp.nordlysfrakt.no/en/terms/vat/"]);
        Assert.Equal("2026-03-04", lastmod["https://hjelp.nordlysfrakt.no/nb/codes/fsc/"]);
        Assert.Equal("2025-01-15", lastmod["https://hjelp.nordlysfrakt.no/sv/processes/delivery/"]);
        Assert.False(lastmod.ContainsKey("https://hjelp.nordlysfrakt.no/nb/terms/"), "a page made from no single file has no lastmod");
    }

    [Fact]
    public async Task Outside_a_repository_there_are_no_dates_and_no_error()
    {
        using var site = Repo.CopySample();

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        Assert.Null(Updated(site, "nb/terms/fuel-surcharge/index.html"));
        Assert.Empty(Lastmods(site));
    }

    [Fact]
    public async Task Edit_links_name_the_path_in_the_repository_when_the_site_is_in_a_subfolder()
    {
        using var repo = new TempSite(Directory.CreateTempSubdirectory("phrasebook-git-").FullName);
        using var sample = Repo.CopySample();
        var siteRoot = repo.PathOf("docs/help");
        Directory.CreateDirectory(Path.GetDirectoryName(siteRoot)!);
        Directory.Move(sample.Root, siteRoot);
        Directory.CreateDirectory(sample.Root);
        Git(repo.Root, "2025-02-01T12:00:00+00:00", "init", "-q");
        Git(repo.Root, "2025-02-01T12:00:00+00:00", "add", "-A");
        Git(repo.Root, "2025-02-01T12:00:00+00:00", "commit", "-q", "-m", "site in a subfolder");

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = siteRoot, MaxParallelism = 2 });

        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics));
        var page = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(siteRoot, "output/nb/terms/vat/index.html")));
        Assert.Equal("https://github.com/nordlys-frakt/phrasebook/edit/main/docs/help/input/industries/logistics/vat.yml", page.QuerySelector("footer a[rel=nofollow]")?.GetAttribute("href"));
        Assert.Equal("2025-02-01", page.QuerySelector(".last-updated time")?.GetAttribute("datetime"));
    }

    [Fact]
    public void Parse_dates_a_renamed_file_that_was_also_edited_by_the_rename_and_skips_deleted_files()
    {
        var log = "\u00012026-06-01T09:00:00+02:00\0\nR087\0old.yml\0new.yml\0D\0gone.yml\0"
            + "\u00012026-05-01T09:00:00+02:00\0\nR100\0older.yml\0old2.yml\0"
            + "\u00012026-04-01T09:00:00+02:00\0\nM\0older.yml\0M\0gone.yml\0M\0new.yml\0";

        var dates = GitLog.Parse(log);

        Assert.Equal(DateTimeOffset.Parse("2026-06-01T09:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), dates["new.yml"]);
        Assert.Equal(DateTimeOffset.Parse("2026-04-01T09:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), dates["old2.yml"]);
        Assert.Equal(DateTimeOffset.Parse("2026-04-01T09:00:00+02:00", System.Globalization.CultureInfo.InvariantCulture), dates["gone.yml"]);
        Assert.False(dates.ContainsKey("older.yml"));
        Assert.False(dates.ContainsKey("old.yml"));
    }

    private static string? Updated(TempSite site, string page) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(site.Output, page))).QuerySelector(".last-updated time")?.GetAttribute("datetime");

    private static Dictionary<string, string> Lastmods(TempSite site)
    {
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        return XDocument.Load(Path.Combine(site.Output, "sitemap.xml")).Root!.Elements(ns + "url")
            .Where(u => u.Element(ns + "lastmod") is not null)
            .ToDictionary(u => u.Element(ns + "loc")!.Value, u => u.Element(ns + "lastmod")!.Value);
    }

    /// <summary>Runs git with fixed author and committer dates, so the test's history is the same on every run.</summary>
    internal static void Git(string folder, string date, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = folder, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "-c", "user.name=Editor", "-c", "user.email=editor@example.org", "-c", "commit.gpgsign=false" }.Concat(args))
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_AUTHOR_DATE"] = date;
        start.Environment["GIT_COMMITTER_DATE"] = date;
        start.Environment["GIT_CONFIG_GLOBAL"] = "/dev/null";
        using var git = Process.Start(start)!;
        var stderr = git.StandardError.ReadToEndAsync();
        git.StandardOutput.ReadToEnd();
        git.WaitForExit();
        Assert.True(git.ExitCode == 0, $"git {string.Join(' ', args)} failed: {stderr.Result}");
    }
}
