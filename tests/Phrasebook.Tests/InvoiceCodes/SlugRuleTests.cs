using System.Diagnostics;
using System.Text;
using System.Text.Json;
using Phrasebook.Content.Reading;
using Phrasebook.Theming;

namespace Phrasebook.Tests.InvoiceCodes;

/// <summary>
/// One slug rule (issue #23): the browser's codes.js, as the build publishes it, gives every code the slug
/// the build gives it. Before, codes.js spelled Œ, Ł, Ð, Þ as oe, l, d, th while the build dropped them, so
/// the invoice page did not know codes the site listed. Run in Node over every letter of Latin-1 Supplement
/// and Latin Extended-A, alone and in codes, and over seeded random codes.
/// </summary>
public class SlugRuleTests
{
    [Fact]
    public void The_published_codes_js_and_the_build_give_the_same_slugs()
    {
        var codes = Codes();
        var script = SlugScript();

        var browser = RunNode(script, codes);

        Assert.Equal(codes.Count, browser.Count);
        var differences = codes.Select((c, i) => (Code: c, Build: Slug.Of(c), Browser: browser[i]))
            .Where(x => x.Build != x.Browser)
            .Select(x => $"'{x.Code}' (U+{(int)x.Code[0]:X4}...): build '{x.Build}', codes.js '{x.Browser}'")
            .ToList();
        Assert.True(differences.Count == 0, $"{differences.Count} of {codes.Count} codes differ:\n{string.Join('\n', differences.Take(40))}");
    }

    [Theory]
    [InlineData("Œ", "oe")]
    [InlineData("Ł-12", "l-12")]
    [InlineData("ÐÞ", "dth")]
    [InlineData("MOMS 25%", "moms-25")]
    [InlineData("RÄNTA", "ranta")]
    public void Letters_without_a_decomposition_are_spelled_not_dropped(string code, string slug) =>
        Assert.Equal(slug, Slug.Of(code));

    [Fact]
    public void The_theme_source_has_the_marker_and_the_published_script_the_table()
    {
        var source = File.ReadAllText(Path.Combine(Repo.Root, "themes", "default", "assets", "codes.js"));
        Assert.Contains(Slug.JavaScriptMarker, source, StringComparison.Ordinal);

        var published = PublishedCodesJs();
        Assert.DoesNotContain(Slug.JavaScriptMarker, published, StringComparison.Ordinal);
        Assert.Contains(Slug.JavaScriptTable(), published, StringComparison.Ordinal);
    }

    private static List<string> Codes()
    {
        var codes = new List<string>();
        for (var c = '\u00A0'; c <= '\u017F'; c++)
        {
            codes.Add(c.ToString());
            codes.Add($"A{c}B 1");
            codes.Add($"{char.ToUpperInvariant(c)}{c}-{c}");
        }

        // Seeded random codes of ASCII and the same letters, as an invoicing system prints them.
        var random = new Random(2312);
        const string ascii = "ABCXYZabc0129 -/%._";
        for (var i = 0; i < 2000; i++)
        {
            var sb = new StringBuilder();
            for (var n = random.Next(1, 10); n > 0; n--)
            {
                sb.Append(random.Next(3) == 0 ? (char)random.Next(0xA0, 0x180) : ascii[random.Next(ascii.Length)]);
            }

            codes.Add(sb.ToString());
        }

        return codes;
    }

    /// <summary>codes.js as the build publishes it, with the slug table written in.</summary>
    private static string PublishedCodesJs()
    {
        var files = new ThemeFiles(Path.Combine(Repo.Root, "themes", "default"), Path.Combine(Repo.Root, "overrides"));
        var asset = ThemeAsset.Load(files).Single(a => a.Path == "codes.js");
        return Encoding.UTF8.GetString(asset.Bytes.Span);
    }

    /// <summary>The slug rule's part of the published codes.js (between its markers), made a function Node can call.</summary>
    private static string SlugScript()
    {
        var js = PublishedCodesJs();
        var begin = js.IndexOf("// slug-rule:begin", StringComparison.Ordinal);
        var end = js.IndexOf("// slug-rule:end", StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, "codes.js has no slug-rule:begin/end markers");
        return js[begin..end];
    }

    private static List<string> RunNode(string slugRule, List<string> codes)
    {
        var folder = Directory.CreateTempSubdirectory("phrasebook-slug-").FullName;
        try
        {
            var script = Path.Combine(folder, "slug.js");
            File.WriteAllText(script, "'use strict';\n" + slugRule + "\nlet input = '';\nprocess.stdin.setEncoding('utf8');\nprocess.stdin.on('data', d => input += d);\nprocess.stdin.on('end', () => process.stdout.write(JSON.stringify(JSON.parse(input).map(slugify))));\n");
            var info = new ProcessStartInfo("node") { RedirectStandardInput = true, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, StandardInputEncoding = new UTF8Encoding(false), StandardOutputEncoding = Encoding.UTF8 };
            info.ArgumentList.Add(script);
            using var node = Process.Start(info)!;
            var stdout = node.StandardOutput.ReadToEndAsync();
            var stderr = node.StandardError.ReadToEndAsync();
            node.StandardInput.Write(JsonSerializer.Serialize(codes));
            node.StandardInput.Close();
            Assert.True(node.WaitForExit(60_000), "node did not finish in 60 s");
            Assert.True(node.ExitCode == 0, $"node failed: {stderr.Result}");
            return JsonSerializer.Deserialize<List<string>>(stdout.Result)!;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
