using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>One mistake gives one message, where the editor made it, with a hint that says what to write.</summary>
public sealed class OneMistakeTests
{
    private const string File = "input/industries/logistics/vat.yml";

    [Fact]
    public void A_misspelt_key_gives_one_error_and_its_value_is_read_as_the_key_meant()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("summary:", "sumary:", StringComparison.Ordinal));

        var diagnostics = site.Load();

        DiagnosticAssert.One(diagnostics, Codes.UnknownKey, File, 3, 1, message: "Unknown key 'sumary' in a term.", hint: "did you mean 'summary'?");
        Assert.Single(diagnostics, d => d.Location.Path == File);
    }

    [Fact]
    public void Two_misspellings_of_one_key_are_both_reported_and_the_term_has_no_summary()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("summary:", "sumary:", StringComparison.Ordinal) + "\nsummry: {nb: To.}\n");

        var diagnostics = site.Load();

        Assert.Equal(2, diagnostics.Count(d => d.Code == Codes.UnknownKey && d.Location.Path == File));
        DiagnosticAssert.One(diagnostics, Codes.MissingField, File, 1, 1, message: "The term 'vat' has no 'summary' in the default language (nb).");
    }

    [Fact]
    public void A_duplicate_code_is_reported_at_both_places()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("codes: ['MOMS 25%']", "codes: ['MOMS 25%', frakt]", StringComparison.Ordinal));

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.DuplicateCode, File, 8, 23, message: "The invoice code 'frakt' is already listed by the term 'freight-charge' (input/industries/logistics/freight-charge.yml:10:11).");
        DiagnosticAssert.At(diagnostics, Codes.DuplicateCode, "input/industries/logistics/freight-charge.yml", 10, 11, message: "The invoice code 'FRAKT' is also listed by the term 'vat' (input/industries/logistics/vat.yml:8:23).");
    }

    [Fact]
    public void A_missing_translation_says_which_line_to_add_and_under_which_field()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace(", en: Tax to the state.", "", StringComparison.Ordinal));

        DiagnosticAssert.At(
            site.Load(),
            Codes.MissingTranslation,
            File,
            1,
            1,
            message: "The term 'vat' is not translated to 'en': summary.",
            hint: "add `en: ...` under summary (line 3); meanwhile the nb text is shown, marked as not yet translated",
            severity: Engine.Diagnostics.Severity.Warning);
    }

    [Fact]
    public void A_list_where_a_text_belongs_says_what_to_write()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", SiteFixture.Vat + "\nabbreviation: [MVA, MOMS]\n");

        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 9, 15, message: "'abbreviation' must be a text or a map from language to text, not a list.", hint: "write `abbreviation: text` or `abbreviation: {nb: text}`");
    }

    [Theory]
    [InlineData(" ", 2, "While parsing a block mapping, did not find expected key.", "line 4 is indented by 1 space(s), the key above it by 2: keys of one mapping start in the same column")]
    [InlineData("   ", 6, "While scanning a plain scalar value, found invalid mapping.", "line 4 is indented by 3 space(s), the key above it by 2: keys of one mapping start in the same column")]
    public void A_key_indented_unlike_the_key_above_gets_an_indentation_hint_at_its_line(string indent, int column, string message, string hint)
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", $"id: vat\nsummary:\n  nb: Avgift til staten.\n{indent}sv: Skatt till staten.\nterm: {{nb: Moms}}\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 4, column, message: "YAML syntax error: " + message, hint: hint);
    }

    [Fact]
    public void An_unquoted_colon_in_a_value_keeps_the_quoting_hint()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", "id: vat\nterm: {nb: Moms}\nsummary:\n  nb: Merk: en avgift.\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 4, 11, hint: "a value containing ': ' must be quoted, e.g. \"Note: text\"");
    }
}
