using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Phrasebook.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 3: no script from assets. An SVG (or HTML, XML, JS) planted in input/assets/ that a browser
/// would run on the site's origin is refused (PB032) at its line; a plain drawing is published as it
/// is; every page carries a Content-Security-Policy whose hashes cover exactly the inline scripts the
/// build wrote, and _headers sends it, with a script-free policy for /assets/.
/// </summary>
public sealed class ScriptFromAssetsTests : IDisposable
{
    private const string Svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" viewBox=\"0 0 10 10\">\n";
    private readonly PlantedSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, int, string> Active => new()
    {
        { "x.svg", Svg + "<script>alert(document.cookie)</script>\n</svg>", 2, "<script> is not a drawing element" },
        { "x.svg", Svg + "<rect width=\"10\" height=\"10\" onload=\"alert(1)\"/>\n</svg>", 2, "the attribute onload=\"alert(1)\" is an event handler" },
        { "x.svg", Svg + "<a href=\"javascript:alert(1)\"><rect width=\"1\" height=\"1\"/></a>\n</svg>", 2, "the attribute href=\"javascript:alert(1)\" refers to something outside the SVG" },
        { "x.svg", Svg + "<a xlink:href=\" JAVASCRIPT:alert(1)\"><rect width=\"1\" height=\"1\"/></a>\n</svg>", 2, "refers to something outside the SVG" },
        { "x.svg", Svg + "<foreignObject><div xmlns=\"http://www.w3.org/1999/xhtml\">x</div></foreignObject>\n</svg>", 2, "<foreignObject> is not a drawing element" },
        { "x.svg", Svg + "<image href=\"https://evil.example/track.png\" width=\"1\" height=\"1\"/>\n</svg>", 2, "refers to something outside the SVG" },
        { "x.svg", Svg + "<use href=\"other.svg#shape\"/>\n</svg>", 2, "refers to something outside the SVG" },
        { "x.svg", Svg + "<rect width=\"1\" height=\"1\" style=\"fill:url(https://evil.example/x)\"/>\n</svg>", 2, "refers to something outside the SVG" },
        { "x.svg", Svg + "<style>\n@import url(https://evil.example/x.css);\n</style>\n</svg>", 2, "its <style> imports a stylesheet" },
        { "x.svg", Svg + "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>\n</svg>", 2, "<set> is not a drawing element" },
        { "x.svg", "<?xml version=\"1.0\"?>\n<?xml-stylesheet type=\"text/xsl\" href=\"x.xsl\"?>\n" + Svg + "</svg>", 2, "the processing instruction <?xml-stylesheet ...?> (a stylesheet) is not allowed" },
        { "x.svg", "<!DOCTYPE svg [<!ENTITY x \"y\">]>\n" + Svg + "</svg>", 1, "a DOCTYPE (DTD) is not allowed in an SVG" },
        { "page.html", "<script>alert(1)</script>", 0, "'.html' files are run by browsers on the site's own origin" },
        { "feed.xml", "<?xml version=\"1.0\"?><x/>", 0, "'.xml' files are run by browsers" },
        { "evil.js", "alert(1)", 0, "'.js' files are run by browsers" },
    };

    [Theory]
    [MemberData(nameof(Active))]
    public async Task An_asset_that_would_run_script_is_refused_at_its_line(string name, string text, int line, string why)
    {
        await _site.WithPreviousOutputAsync();
        _site.Site.Write("input/assets/" + name, text);

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.ActiveAsset, "input/assets/" + name, line, message: why, hint: "assets are images and documents");
    }

    [Fact]
    public async Task A_plain_drawing_is_published_byte_for_byte()
    {
        var drawing = Svg + """
            <defs><linearGradient id="g"><stop offset="0" stop-color="#0b4f6c"/></linearGradient></defs>
            <title>Logo</title>
            <style>.a{fill:url(#g)}</style>
            <rect class="a" width="10" height="10" style="fill:url(#g)"/>
            <use xlink:href="#g"/>
            <image href="data:image/png;base64,iVBORw0KGgo=" width="1" height="1"/>
            <text x="1" y="9">Frakt</text>
            </svg>
            """;
        _site.Site.Write("input/assets/drawing.svg", drawing);

        var result = await _site.Site.BuildAsync();

        DiagnosticAssert.NoErrors(result.Diagnostics);
        Assert.Equal(drawing, File.ReadAllText(Path.Combine(_site.Site.OutputFolder, "assets", "drawing.svg")));
    }

    [Fact]
    public async Task Every_page_allows_exactly_the_inline_scripts_the_build_wrote_and_headers_send_the_policy()
    {
        var result = await _site.Site.BuildAsync();
        DiagnosticAssert.NoErrors(result.Diagnostics);
        var pages = Directory.GetFiles(_site.Site.OutputFolder, "*.html", SearchOption.AllDirectories);
        Assert.True(pages.Length > 20);
        var allowed = new HashSet<string>(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            var html = File.ReadAllText(page);
            var policy = Regex.Match(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"([^\"]+)\">");
            Assert.True(policy.Success, $"{page} has no Content-Security-Policy");
            var csp = System.Net.WebUtility.HtmlDecode(policy.Groups[1].Value);
            Assert.Contains("default-src 'self'; script-src 'self' 'sha256-", csp, StringComparison.Ordinal);
            Assert.Contains("object-src 'none'; base-uri 'self'", csp, StringComparison.Ordinal);
            Assert.DoesNotContain("unsafe-inline' ", csp.Split("; ").Single(d => d.StartsWith("script-src", StringComparison.Ordinal)) + " ", StringComparison.Ordinal);
            Assert.True(html.IndexOf("Content-Security-Policy", StringComparison.Ordinal) < html.IndexOf("<script", StringComparison.Ordinal), "the policy comes before the first script");
            allowed.UnionWith(Regex.Matches(csp, "'sha256-([^']+)'").Select(m => m.Groups[1].Value));
            foreach (Match script in Regex.Matches(html, "<script(?![^>]*\\bsrc=)(?![^>]*type=\"application/json\")[^>]*>(.*?)</script>", RegexOptions.Singleline))
            {
                var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(script.Groups[1].Value)));
                Assert.True(csp.Contains($"'sha256-{hash}'", StringComparison.Ordinal), $"{page}: the inline script's hash {hash} is not in its policy");
                seen.Add(hash);
            }

            Assert.DoesNotMatch(" on[a-z]+=\"", html);
        }

        Assert.True(seen.Count >= 3, "the layout's, the code page's and the 404 page's inline scripts");
        Assert.Equal(allowed.Order(StringComparer.Ordinal), seen.Order(StringComparer.Ordinal));
        var headers = File.ReadAllText(Path.Combine(_site.Site.OutputFolder, "_headers"));
        Assert.Contains("/*\n  Content-Security-Policy: " + result.Model!.Theme.ContentSecurityPolicy + "; frame-ancestors 'self'\n", headers, StringComparison.Ordinal);
        Assert.Contains("  X-Content-Type-Options: nosniff\n", headers, StringComparison.Ordinal);
        Assert.Contains("/assets/*\n  Content-Security-Policy: default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox\n", headers, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_inline_script_with_liquid_in_an_override_is_a_theme_error()
    {
        _site.Site.Write("overrides/layouts/notfound.liquid", "<script>var root = {{ site.root | json | raw }};</script>\n<p>404</p>\n");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.ThemeError, "overrides/layouts/notfound.liquid", 1, message: "This inline script holds Liquid markup", hint: "data- attribute");
    }
}
