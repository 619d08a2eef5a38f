using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Warnings point at the place to fix, and never fail the build.</summary>
public class WarningTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    /// <summary>Complete in every language and for every role, so it warns of nothing by itself.</summary>
    private const string CompleteTerm = """
        id: x-term
        term: {nb: Ord, sv: Ord, en: Word}
        summary: {nb: Setning., sv: Mening., en: Sentence.}
        roles:
          finance: {nb: A, sv: A, en: A}
          purchaser: {nb: B, sv: B, en: B}
        """;

    [Fact]
    public async Task Complete_term_warns_of_nothing()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", CompleteTerm);

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded);
        Assert.DoesNotContain(result.Diagnostics, d => d.Location.Path == File);
    }

    [Fact]
    public async Task Missing_translation_is_a_warning_per_language_naming_the_fields()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", CompleteTerm
            .Replace("term: {nb: Ord, sv: Ord, en: Word}", "term: {nb: Ord, en: Word}", StringComparison.Ordinal)
            .Replace("summary: {nb: Setning., sv: Mening., en: Sentence.}", "summary: {nb: Setning.}", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        var warnings = result.Diagnostics.Where(d => d.Code == Codes.MissingTranslation && d.Location.Path == File).ToList();
        Assert.Equal(2, warnings.Count);
        Assert.All(warnings, w => Assert.Equal(new SourceLocation(File, 1, 1), w.Location));
        Assert.All(warnings, w => Assert.Equal(Severity.Warning, w.Severity));
        Assert.Contains(warnings, w => w.Message.Contains("not translated to 'sv': term, summary", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Message.Contains("not translated to 'en': summary", StringComparison.Ordinal));
        Assert.True(result.Succeeded, DiagnosticAssert.Dump(result.Diagnostics));
    }

    [Fact]
    public async Task Missing_role_explanation_is_a_warning()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", CompleteTerm.Replace("\n  purchaser: {nb: B, sv: B, en: B}", "", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        DiagnosticAssert.One(result.Diagnostics, Codes.MissingRoleText, File, 1, 1, message: "The term 'x-term' has no explanation for the role purchaser", severity: Severity.Warning);
        Assert.True(result.Succeeded, DiagnosticAssert.Dump(result.Diagnostics));
    }

    [Fact]
    public void Deprecated_term_needs_no_role_explanations()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord, sv: Ord, en: Word}\nsummary: {nb: A, sv: B, en: C}\nstatus: deprecated\nreplaced_by: vat\n");

        Assert.DoesNotContain(site.Load(), d => d.Location.Path == File);
    }

    [Fact]
    public async Task Customer_word_claimed_by_two_terms_is_a_warning_at_the_second()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", CompleteTerm + "\ncustomer_words:\n  nb: [fraktpris, Dieseltillegg]\n");

        var result = await site.BuildAsync();

        DiagnosticAssert.One(result.Diagnostics, Codes.AmbiguousCustomerWord, File, 8, 19, message: "'Dieseltillegg' (nb) is also a customer word of the term 'fuel-surcharge'", severity: Severity.Warning);
        Assert.True(result.Succeeded, DiagnosticAssert.Dump(result.Diagnostics));
    }

    [Fact]
    public void Same_word_in_two_languages_is_not_ambiguous()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", CompleteTerm + "\ncustomer_words:\n  sv: [dieseltillegg]\n");

        Assert.DoesNotContain(site.Load(), d => d.Code == Codes.AmbiguousCustomerWord);
    }

    [Fact]
    public async Task Warnings_do_not_fail_the_build_and_the_site_is_written()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: Ord\nsummary: Setning.\ncustomer_words: [dieseltillegg]\n");

        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, DiagnosticAssert.Dump(result.Diagnostics));
        Assert.Equal(0, result.Errors);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.MissingTranslation);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.MissingRoleText);
        Assert.Contains(result.Diagnostics, d => d.Code == Codes.AmbiguousCustomerWord);
        Assert.True(System.IO.File.Exists(Path.Combine(site.OutputFolder, "sv", "terms", "x-term", "index.html")));
    }
}
