using AngleSharp.Html.Parser;
using Phrasebook.Build;

namespace Phrasebook.Tests.AutoLinks;

public sealed class AutoLinkSwitchTests
{
    [Fact]
    public async Task A_document_with_autolink_false_keeps_its_prose_unlinked_while_others_are_linked()
    {
        using var site = Repo.CopySample();
        site.Write("input/pages/plain.nb.md", "---\ntitle: Uten lenker\nautolink: false\n---\n\nHer nevnes frakten og drivstofftillegget.\n");
        site.Write("input/pages/linked.nb.md", "---\ntitle: Med lenker\n---\n\nHer nevnes frakten og drivstofftillegget.\n");
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var parser = new HtmlParser();
        var plain = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "nb", "plain", "index.html")));
        var linked = parser.ParseDocument(File.ReadAllText(Path.Combine(site.Output, "nb", "linked", "index.html")));
        Assert.Empty(plain.QuerySelectorAll("main a.term-link"));
        Assert.Equal(
            ["/nb/terms/freight-charge/", "/nb/terms/fuel-surcharge/"],
            linked.QuerySelectorAll("main a.term-link").Select(a => a.GetAttribute("href")).ToList());
    }
}
