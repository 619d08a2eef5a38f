using System.Text;
using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>What the YAML reader refuses, and where it says so.</summary>
public class YamlSyntaxTests
{
    private const string File = "input/industries/logistics/x-broken.yml";

    [Fact]
    public void Bad_indentation_is_a_syntax_error_at_the_line()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", """
            id: x-broken
            term: {nb: Ord}
            summary:
                nb: Setning.
              sv: Mening.
            """);

        var d = DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 5, message: "YAML syntax error");
        Assert.NotNull(d.Hint);
    }

    [Fact]
    public void Tab_indentation_is_a_syntax_error_that_names_tabs()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", "id: x-broken\nterm:\n\tnb: Ord\nsummary: {nb: Setning.}\n");

        var d = Assert.Single(site.Load(), d => d.Code == Codes.YamlSyntax);
        Assert.Equal(File, d.Location.Path);
        Assert.Contains("tab", d.Message, StringComparison.Ordinal);
        Assert.Equal("YAML indentation must use spaces, not tabs", d.Hint);
    }

    [Fact]
    public void Tab_indentation_is_reported_at_the_line_of_the_tab()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", "id: x-broken\nterm:\n\tnb: Ord\nsummary: {nb: Setning.}\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 3, 1, message: "YAML syntax error: While scanning a mapping, found invalid tab as indentation.", hint: "spaces, not tabs");
    }

    [Fact]
    public void Tab_after_spaces_in_the_indentation_is_reported_at_the_tab()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", "id: x-broken\n# a comment\nterm:\n  nb: Ord\n  \tsv: Ord\nsummary: {nb: Setning.}\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 5, 3, message: "YAML syntax error: While scanning a plain scalar, found a tab character", hint: "spaces, not tabs");
    }

    [Fact]
    public async Task Hash_inside_a_flow_mapping_followed_by_a_key_is_a_syntax_error_not_a_crash()
    {
        // ' #' starts a comment, so the '{' is never closed; YamlDotNet 18 then throws a bare
        // InvalidOperationException without a position.
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", "id: x-broken\nsummary: {nb: Tre #1 er best}\nterm: {nb: Ord}\n");

        var d = DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 2, 11, message: "YAML syntax error: the text after this point cannot be read", hint: "' #' starts a comment");
        Assert.Contains("quote text that contains '#'", d.Hint, StringComparison.Ordinal);

        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        DiagnosticAssert.One(result.Diagnostics, Codes.YamlSyntax, File, 2, 11);
    }

    [Fact]
    public void Unquoted_colon_space_in_a_value_is_a_syntax_error_that_says_to_quote()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", """
            id: x-broken
            term: {nb: Ord}
            summary: Merk: dette er viktig.
            """);

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 3, 14, message: "YAML syntax error", hint: "must be quoted");
    }

    [Fact]
    public void Duplicate_key_is_reported_at_the_second_with_the_first_line()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", """
            id: x-broken
            term: {nb: Ord}
            summary: {nb: Setning.}
            term: {nb: Annet ord}
            """);

        DiagnosticAssert.One(site.Load(), Codes.DuplicateKey, File, 4, 1, message: "'term' appears twice", hint: "remove one");
        Assert.Contains("first on line 2", site.Load().Single(d => d.Code == Codes.DuplicateKey).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Anchors_and_aliases_are_rejected_so_an_alias_bomb_cannot_expand()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", """
            a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]
            b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]
            c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]
            d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]
            e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]
            f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]
            g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f]
            """);

        var diagnostics = site.Load();

        DiagnosticAssert.One(diagnostics, Codes.AnchorsNotSupported, File, 1, 4, message: "anchors (&a)", hint: "write the value out in full");
        DiagnosticAssert.OnlyCodes(diagnostics, Codes.AnchorsNotSupported);
    }

    [Fact]
    public void An_alias_alone_is_rejected()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", """
            id: x-broken
            term: {nb: Ord}
            summary: {nb: Setning.}
            related: [*other]
            """);

        var diagnostics = site.Load();

        Assert.Contains(diagnostics, d => d.IsError && d.Location.Path == File && d.Location.Line == 4 && (d.Code == Codes.AnchorsNotSupported || d.Code == Codes.YamlSyntax));
    }

    [Fact]
    public void Nesting_deeper_than_the_limit_is_rejected_at_the_level_that_is_too_deep()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", $"id: x-broken\nterm: {new string('[', 40)}{new string(']', 40)}\nsummary: {{nb: Setning.}}\n");

        // The mapping is level 0, the first '[' (column 7) level 1, so level 33 is the 33rd '['.
        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 2, 7 + 32, message: "nested more than 32 levels");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n")]
    public void Empty_term_file_is_an_error(string text)
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", text);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 1, 1, message: "The file is empty");
    }

    [Theory]
    [InlineData("", "The file is empty.")]
    [InlineData("# Transport\n\n  # kommer snart\n", "The file has no content: it holds only comments.")]
    public void Empty_industry_file_is_reported_once(string text, string message)
    {
        using var site = new SiteFixture();
        site.Write("input/industries/logistics/industry.yml", text);

        var diagnostics = site.Load().Where(d => d.Location.Path == "input/industries/logistics/industry.yml").ToList();

        Assert.Single(diagnostics);
        DiagnosticAssert.One(diagnostics, Codes.MissingField, "input/industries/logistics/industry.yml", 1, 1, message: message, hint: "write the content, or delete the file");
    }

    [Fact]
    public void Industry_file_with_a_syntax_error_is_reported_once()
    {
        using var site = new SiteFixture();
        site.Write("input/industries/logistics/industry.yml", "id: logistics\nname: {nb: Transport\n");

        var diagnostics = site.Load().Where(d => d.Location.Path == "input/industries/logistics/industry.yml").ToList();

        Assert.Equal(Codes.YamlSyntax, Assert.Single(diagnostics).Code);
    }

    [Theory]
    [InlineData("# id: x-broken\n")]
    [InlineData("# Kommer snart.\n\n# term: {nb: Ord}\n   # innrykket kommentar\n")]
    public void Term_file_with_only_comments_is_an_error(string text)
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-broken.yml", text);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 1, 1, message: "The file has no content: it holds only comments.", hint: "write the content, or delete the file");
    }

    [Fact]
    public void Binary_file_is_reported_at_the_nul_byte()
    {
        using var site = new SiteFixture();
        site.WriteBytes("input/industries/logistics/x-broken.yml", [.. "id: x-broken\nterm: "u8, 0, .. "abc\n"u8]);

        DiagnosticAssert.One(site.Load(), Codes.UnreadableFile, File, 2, 7, message: "binary");
    }

    [Fact]
    public void Invalid_utf8_is_reported_at_the_line_of_the_bad_byte()
    {
        using var site = new SiteFixture();
        site.WriteBytes("input/industries/logistics/x-broken.yml", [.. "id: x-broken\nterm: {nb: Ord}\nsummary: {nb: S"u8, 0xC3, 0x28, .. "}\n"u8]);

        DiagnosticAssert.One(site.Load(), Codes.UnreadableFile, File, 3, 16, message: "not valid UTF-8", hint: "UTF-8");
    }

    [Fact]
    public void Invalid_utf8_far_into_a_long_file_is_reported_at_its_line()
    {
        using var site = new SiteFixture();
        var text = new StringBuilder("id: x-broken\nterm: {nb: Ord}\nsummary: {nb: Setning.}\nexplanation:\n  nb: |\n");
        for (var i = 0; i < 2000; i++)
        {
            text.Append("    En lang linje med forklaring, æøå, som gjentas mange ganger.\n");
        }

        // Line 2006: the bad byte (a lone 0xFF) after 4 spaces.
        site.WriteBytes("input/industries/logistics/x-broken.yml", [.. Encoding.UTF8.GetBytes(text.ToString()), .. "    "u8, 0xFF, .. "\n"u8]);

        DiagnosticAssert.One(site.Load(), Codes.UnreadableFile, File, 2006, 5, message: "not valid UTF-8");
    }

    [Fact]
    public void Bom_and_crlf_are_accepted()
    {
        using var site = new SiteFixture();
        var text = "id: x-crlf\r\nterm: {nb: Ord, sv: Ord, en: Word}\r\nsummary: {nb: Setning., sv: Mening., en: Sentence.}\r\n"
            + "roles:\r\n  finance: {nb: A, sv: A, en: A}\r\n  purchaser: {nb: B, sv: B, en: B}\r\n";
        site.WriteBytes("input/industries/logistics/x-crlf.yml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        var diagnostics = site.Load();

        DiagnosticAssert.NoErrors(diagnostics);
        Assert.DoesNotContain(diagnostics, d => d.Location.Path.EndsWith("x-crlf.yml", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_in_a_bom_crlf_file_are_counted_like_the_editor_shows_them()
    {
        using var site = new SiteFixture();
        var text = "id: x-broken\r\nterm: {nb: Ord}\r\n\r\nsumary: {nb: Setning.}\r\n";
        site.WriteBytes("input/industries/logistics/x-broken.yml", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, File, 4, 1, message: "'sumary'", hint: "did you mean 'summary'?");
    }
}
