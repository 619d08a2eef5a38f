using AngleSharp.Html.Parser;
using Phrasebook.AutoLinks;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes;
using Phrasebook.Site;
using Phrasebook.Tests.InvoiceCodes;
using Phrasebook.Theming;

namespace Phrasebook.Tests.AutoLinks;

/// <summary>
/// The mentions read from the bodies' syntax trees (<see cref="Mentions"/>) are the term links the
/// rendered, auto-linked bodies hold, read back with AngleSharp: on every process and page of the
/// sample, of a generated site, and of seeded bodies that mix term phrases with every construct the
/// auto-linker treats specially.
/// </summary>
public sealed class MentionsDifferentialTests
{
    [Fact]
    public void Every_body_of_the_sample_mentions_the_terms_its_HTML_links_to()
    {
        var found = AssertSameAsHtml(Load(Repo.Root));
        Assert.True(found > 50, $"only {found} mentions in the sample");
    }

    [Fact]
    public void Every_body_of_a_generated_site_mentions_the_terms_its_HTML_links_to()
    {
        using var folder = new TempFolder();
        var root = Path.Combine(folder.Path, "site");
        Tool.Run("python3", Path.Combine(Repo.Root, "bench", "generate.py"), root, "--terms", "200", "--seed", "24");
        var found = AssertSameAsHtml(Load(root));
        Assert.True(found > 200, $"only {found} mentions in the generated site");
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Every_seeded_body_mentions_the_terms_its_HTML_links_to(int seed)
    {
        using var site = Repo.CopySample("phrasebook-mentions-");
        var sample = Load(site.Root);
        var phrases = TermMatcher.PhrasesOf(sample.Content.Terms, "nb", sample.Settings.DefaultLanguage);
        var codes = sample.CodeEntries.Select(c => c.Code).ToList();
        var random = new Random(seed);
        for (var i = 0; i < 40; i++)
        {
            var autolink = random.Next(8) == 0 ? "autolink: false\n" : "";
            site.Write($"input/pages/seeded-{i}.nb.md", $"---\ntitle: Side {i}\n{autolink}---\n\n{SeededMarkdown.Body(random, phrases, codes)}\n");
        }

        var found = AssertSameAsHtml(Load(site.Root));
        Assert.True(found > 300, $"only {found} mentions in the seeded bodies");
    }

    /// <summary>Compares every body in every language; returns how many mentions it compared.</summary>
    private static int AssertSameAsHtml(SiteModel model)
    {
        var found = 0;
        foreach (var lang in model.Settings.Languages)
        {
            var views = model.Views.For(lang).Views;
            var prefix = model.Index.Urls.Terms(lang);
            foreach (var document in model.Content.Processes.Concat(model.Content.Pages))
            {
                if (document.Resolve(lang, model.Settings.DefaultLanguage) is not { } resolved)
                {
                    continue;
                }

                var html = (string)views.Body(resolved.Value, resolved.Language)["html"]!;
                var fromHtml = TermsLinkedIn(html, prefix, model.Index);
                var fromTree = model.Mentions.Of(document, lang);
                Assert.True(fromHtml.SequenceEqual(fromTree), $"{resolved.Value.SourcePath} in {lang}: the HTML links to [{string.Join(", ", fromHtml)}], the tree mentions [{string.Join(", ", fromTree)}]\n{resolved.Value.Body}\n{html}");
                found += fromTree.Length;
            }
        }

        return found;
    }

    /// <summary>The terms an HTML fragment links to, in order of first link, as a browser reads its hrefs.</summary>
    private static List<string> TermsLinkedIn(string html, string prefix, SiteIndex site) =>
    [
        .. new HtmlParser().ParseDocument(html).QuerySelectorAll("a[href]")
            .Select(a => a.GetAttribute("href")!)
            .Where(href => href.StartsWith(prefix, StringComparison.Ordinal))
            .Select(href => href[prefix.Length..].Split('/', '#')[0])
            .Where(id => id.Length > 0 && site.Terms.ContainsKey(id))
            .Distinct(StringComparer.Ordinal),
    ];

    internal static SiteModel Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var index = ContentLoader.LoadIndexed(root, diagnostics, 2);
        Assert.False(index is null || diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList().Where(d => d.IsError)));
        var theme = Theme.Load(root, index!.Settings.Theme, index.Settings.Languages, diagnostics);
        Assert.NotNull(theme);
        return new SiteModel(index, theme);
    }

    private sealed class TempFolder : IDisposable
    {
        public string Path { get; } = Directory.CreateTempSubdirectory("phrasebook-mentions-gen-").FullName;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
