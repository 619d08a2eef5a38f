using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Processes and pages: file names &lt;id&gt;.&lt;lang&gt;.md and their front matter.</summary>
public class MarkdownFileTests
{
    [Fact]
    public void Process_file_name_without_language_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/ordering.md", SiteFixture.Delivery);

        DiagnosticAssert.One(site.Load(), Codes.InvalidId, "input/processes/ordering.md", 0, message: "'ordering.md' is not named <id>.<language>.md", hint: "'ordering.nb.md'");
    }

    [Fact]
    public void Process_file_with_unknown_language_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.de.md", SiteFixture.Delivery);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLanguage, "input/processes/delivery.de.md", 0, message: "'de' is not one of the site's languages", hint: "nb, sv, en");
    }

    [Fact]
    public void Process_file_with_invalid_id_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/Levering_Hjem.nb.md", SiteFixture.Delivery);

        DiagnosticAssert.One(site.Load(), Codes.InvalidId, "input/processes/Levering_Hjem.nb.md", 0, message: "'Levering_Hjem' is not a valid id", hint: "'levering-hjem.nb.md'");
    }

    [Fact]
    public void Process_without_title_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", """
            ---
            summary: Fra henting til levering.
            ---

            Tekst.
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/processes/delivery.nb.md", 1, 1, message: "no 'title'", hint: "title:");
    }

    [Theory]
    [InlineData("input/processes/delivery.nb.md", "---\n---\n\nTekst.\n")]
    [InlineData("input/processes/delivery.nb.md", "---\n---\n")]
    [InlineData("input/processes/delivery.nb.md", "---\n# title: Levering\n---\n\nTekst.\n")]
    [InlineData("input/pages/index.nb.md", "---\n---\n\nVelkommen.\n")]
    public async Task Empty_front_matter_is_an_error_not_a_skipped_page(string path, string text)
    {
        using var site = new SiteFixture();
        site.Write(path, text);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, path, 1, 1, message: "The front matter is empty: it has no 'title'.", hint: "add `title: ...`");
        var result = await site.BuildAsync();
        Assert.False(result.Succeeded);
        DiagnosticAssert.One(result.Diagnostics, Codes.MissingField, path, 1, 1);
    }

    [Fact]
    public void Process_with_empty_title_is_reported_at_the_title()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", "---\nsummary: Fra henting til levering.\ntitle: \"  \"\n---\n\nTekst.\n");

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/processes/delivery.nb.md", 3, 8, message: "no 'title'");
    }

    [Fact]
    public void Process_without_front_matter_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", "# Levering\n\nTekst.\n");

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/processes/delivery.nb.md", 1, 1, message: "has no front matter");
    }

    [Fact]
    public void Unknown_front_matter_key_is_reported_at_its_line_in_the_file()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery.Replace("order: 1", "ordre: 1", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, "input/processes/delivery.nb.md", 6, 1, message: "Unknown key 'ordre' in the front matter", hint: "did you mean 'order'?");
    }

    [Fact]
    public void Process_keys_are_unknown_in_a_page()
    {
        using var site = new SiteFixture();
        site.Write("input/pages/index.nb.md", "---\ntitle: Velkommen\nroles: [finance]\n---\n\nTekst.\n");

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, "input/pages/index.nb.md", 3, 1, message: "Unknown key 'roles'");
    }

    [Fact]
    public void Yaml_error_in_front_matter_is_reported_at_its_line_in_the_file()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", "---\ntitle: Levering\nsummary: Merk: viktig.\n---\n\nTekst.\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, "input/processes/delivery.nb.md", 3, message: "YAML syntax error");
    }

    [Fact]
    public void Order_must_be_a_whole_number()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery.Replace("order: 1", "order: first", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.WrongType, "input/processes/delivery.nb.md", 6, 8, message: "'order' must be a whole number");
    }
}
