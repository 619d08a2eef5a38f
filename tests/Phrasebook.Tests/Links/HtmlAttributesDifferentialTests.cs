using System.Text;
using AngleSharp.Html.Parser;
using Phrasebook.Build;
using Phrasebook.Html;
using Phrasebook.Tests.Build;
using Phrasebook.Tests.InvoiceCodes;

namespace Phrasebook.Tests.Links;

/// <summary>A site of 200 generated terms (bench/generate.py, fixed seed), built once for the tests that read it.</summary>
public sealed class GeneratedBuild : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("phrasebook-generated-").FullName;

    public GeneratedBuild()
    {
        var root = Path.Combine(_folder, "site");
        Tool.Run("python3", Path.Combine(Repo.Root, "bench", "generate.py"), root, "--terms", "200", "--seed", "24");
        Result = SiteBuilder.BuildAsync(new BuildOptions { Root = root, Output = Output }).GetAwaiter().GetResult();
    }

    public BuildResult Result { get; }

    public string Output => Path.Combine(_folder, "output");

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}

/// <summary>
/// <see cref="HtmlAttributes"/> reads id, href and src as a browser's parser does: checked against AngleSharp
/// (an HTML5 parser) on every page the build writes and on seeded tag soup.
/// </summary>
public sealed class HtmlAttributesDifferentialTests(SampleBuild sample, GeneratedBuild generated) : IClassFixture<SampleBuild>, IClassFixture<GeneratedBuild>
{
    private static readonly string[] Attributes = ["id", "href", "src"];

    [Fact]
    public void Every_page_of_the_sample_gives_what_AngleSharp_gives() => AssertEveryPage(sample.Output, 300);

    [Fact]
    public void Every_page_of_a_generated_site_gives_what_AngleSharp_gives()
    {
        Assert.True(generated.Result.Succeeded, string.Join("\n", generated.Result.Diagnostics.Where(d => d.IsError)));
        AssertEveryPage(generated.Output, 1_000);
    }

    // The pieces of markup where a hand-written scanner goes wrong: quotes, case, unquoted and missing values,
    // slashes, comments, end tags and elements whose text is not markup.
    private static readonly string[] Pieces =
    [
        "<a", "<A", "<img", "<div", "<p", " href=", " HREF=", " Href =", " id=", " ID=", " src=", " data-href=", " xid=", "=",
        "\"x y\"", "'/q'", "/u?v=1&amp;w=2", "\"/d\"", "'it''s'", " ", "\n", "/", ">", "/>", "</a>", "</div >", "</a href='>'>",
        "<script>", "<script type=x>", "</script>", "</SCRIPT >", "</scripts>", "<style>", "</style>", "<title>", "</title>",
        "<textarea>", "</textarea>", "<!--", "-->", "--!>", "<!-->", "<!doctype html>", "<?x >", "</>", "</ x>", "text", "&amp;", "\"", "'", "<b",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Seeded_tag_soup_gives_the_values_AngleSharp_gives(int seed)
    {
        var random = new Random(seed);
        var parser = new HtmlParser();
        for (var n = 0; n < 2_000; n++)
        {
            var html = new StringBuilder();
            for (var p = random.Next(3, 25); p > 0; p--)
            {
                html.Append(Pieces[random.Next(Pieces.Length)]);
            }

            var text = html.ToString();
            var found = HtmlAttributes.Values(Encoding.UTF8.GetBytes(text), Attributes);
            var document = parser.ParseDocument(text);
            for (var a = 0; a < Attributes.Length; a++)
            {
                // As sets: the tree builder may clone an element (an unclosed <a>), repeating its attributes.
                var expected = document.All.SelectMany(e => e.Attributes).Where(x => x.Name == Attributes[a]).Select(x => x.Value).ToHashSet(StringComparer.Ordinal);
                Assert.True(expected.SetEquals(found[a]), $"seed {seed}, case {n}, {Attributes[a]}: AngleSharp [{string.Join(", ", expected)}], scanner [{string.Join(", ", found[a])}] in:\n{text}");
            }
        }
    }

    /// <summary>Each page's values, attribute by attribute, in document order, exactly as AngleSharp has them.</summary>
    private static void AssertEveryPage(string output, int atLeast)
    {
        var parser = new HtmlParser();
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length >= atLeast, $"{pages.Length} pages");
        var values = 0;
        foreach (var page in pages)
        {
            var bytes = File.ReadAllBytes(page);
            var found = HtmlAttributes.Values(bytes, Attributes);
            var document = parser.ParseDocument(Encoding.UTF8.GetString(bytes));
            for (var a = 0; a < Attributes.Length; a++)
            {
                var expected = document.All.SelectMany(e => e.Attributes).Where(x => x.Name == Attributes[a]).Select(x => x.Value).ToList();
                Assert.True(expected.SequenceEqual(found[a]), $"{Path.GetRelativePath(output, page)}, {Attributes[a]}: first difference at {FirstDifference(expected, found[a])}");
                values += expected.Count;
            }
        }

        Assert.True(values > pages.Length * 10, $"only {values} values on {pages.Length} pages");
    }

    private static string FirstDifference(List<string> expected, List<string> actual)
    {
        var i = 0;
        while (i < expected.Count && i < actual.Count && expected[i] == actual[i])
        {
            i++;
        }

        return $"#{i}: AngleSharp '{(i < expected.Count ? expected[i] : "(none)")}', scanner '{(i < actual.Count ? actual[i] : "(none)")}' ({expected.Count} vs {actual.Count} values)";
    }
}
