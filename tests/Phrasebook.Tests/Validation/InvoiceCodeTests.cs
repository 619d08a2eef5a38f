using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Invoice codes: one code, one term, one URL; patterns in the common .NET/JavaScript subset.</summary>
public class InvoiceCodeTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    private static string Term(string invoice) => $$"""
        id: x-term
        term: {nb: Ord}
        summary: {nb: Setning.}
        invoice:
        {{invoice}}
        """;

    [Fact]
    public void Duplicate_code_across_terms_names_the_other_term()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [XT, FSC]"));

        var d = DiagnosticAssert.At(site.Load(), Codes.DuplicateCode, File, 5, 15, message: "The invoice code 'FSC' is already listed by the term 'fuel-surcharge'");
        Assert.Contains("input/industries/logistics/fuel-surcharge.yml:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_code_differing_only_in_case_is_a_duplicate()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [fsc]"));

        DiagnosticAssert.At(site.Load(), Codes.DuplicateCode, File, 5, 11, message: "'fsc' is already listed by the term 'fuel-surcharge'");
    }

    [Fact]
    public void Slug_collision_names_both_codes_and_the_url()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [moms-25]"));

        var d = DiagnosticAssert.At(site.Load(), Codes.SlugCollision, File, 5, 11, message: "'moms-25' and 'MOMS 25%'");
        Assert.Contains("/c/moms-25/", d.Message, StringComparison.Ordinal);
        Assert.Contains("'vat'", d.Message, StringComparison.Ordinal);
        Assert.Contains("input/industries/logistics/vat.yml:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_with_empty_slug_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: ['%%']"));

        DiagnosticAssert.One(site.Load(), Codes.EmptySlug, File, 5, 11, message: "'%%' has no letters or digits");
    }

    [Fact]
    public void Invalid_regex_in_patterns_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [XT]\n  patterns: ['FSC-(']"));

        DiagnosticAssert.One(site.Load(), Codes.InvalidPattern, File, 6, 14, message: "The pattern 'FSC-(' is not usable");
    }

    [Theory]
    [InlineData("(?<=X)T-\\d", "lookbehind")]
    [InlineData("(?<!X)T-\\d", "lookbehind")]
    [InlineData("(?<n>XT)-\\d", "named groups")]
    [InlineData("(?i)xt-\\d", "inline options")]
    [InlineData("\\p{L}T", "Unicode classes")]
    public void Pattern_outside_the_common_regex_subset_is_an_error(string pattern, string why)
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term($"  codes: [XT]\n  patterns: ['{pattern}']"));

        DiagnosticAssert.One(site.Load(), Codes.InvalidPattern, File, 6, 14, message: why);
    }

    [Fact]
    public void Pattern_matching_another_terms_code_names_both()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [FR-1]\n  patterns: ['FR.*']"));

        var d = DiagnosticAssert.One(site.Load(), Codes.PatternMatchesOtherCode, File, 6, 14, message: "The pattern 'FR.*' of the term 'x-term' matches the code 'FRAKT' of the term 'freight-charge'");
        Assert.Contains("input/industries/logistics/freight-charge.yml:", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Pattern_matching_its_own_terms_code_is_fine()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", Term("  codes: [XT-01]\n  patterns: ['XT-\\d{2}']"));

        Assert.DoesNotContain(site.Load(), d => d.IsError);
    }

    [Fact]
    public void Pattern_is_anchored_and_ignores_case()
    {
        using var site = new SiteFixture();

        // 'RAK' would match inside FRAKT if patterns were not anchored; 'frakt' matches FRAKT ignoring case.
        site.WriteTerm("x-term.yml", Term("  codes: [XT]\n  patterns: ['RAK', 'frakt']"));

        var d = DiagnosticAssert.One(site.Load(), Codes.PatternMatchesOtherCode, File, 6, 21);
        Assert.Contains("'frakt'", d.Message, StringComparison.Ordinal);
    }
}
