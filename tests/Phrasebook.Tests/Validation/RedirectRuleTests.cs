using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>redirect_from and invoice.retired_codes: an old address leads to exactly one place.</summary>
public class RedirectRuleTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    [Fact]
    public void Redirect_from_naming_a_live_term_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            redirect_from: [old-term, vat]
            """);

        var d = DiagnosticAssert.One(site.Load(), Codes.RedirectCollision, File, 4, 27, message: "'vat' in redirect_from of 'x-term' is the id of the term at input/industries/logistics/vat.yml:1:1, so its page cannot redirect.", hint: "remove it");
        Assert.DoesNotContain("old-term", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Redirect_from_naming_the_term_itself_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\nredirect_from:\n  - x-term\n");

        DiagnosticAssert.One(site.Load(), Codes.RedirectCollision, File, 5, 5, message: "is this term's own id");
    }

    [Fact]
    public void One_old_id_redirecting_to_two_terms_is_an_error_naming_both()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            terms:
              - id: x-one
                term: {nb: En}
                summary: {nb: Setning.}
                redirect_from: [old-term]
              - id: x-two
                term: {nb: To}
                summary: {nb: Setning.}
                redirect_from: [old-term]
            """);

        DiagnosticAssert.One(site.Load(), Codes.DuplicateRedirect, File, 9, 21, message: $"The old id 'old-term' already redirects to the term 'x-one' ({File}:5:21).", hint: "keep it in one redirect_from");
    }

    [Fact]
    public void Redirect_from_takes_only_valid_ids()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\nredirect_from: [Old Term]\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidId, File, 4, 17);
    }

    [Fact]
    public void A_retired_code_that_is_still_in_use_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            invoice:
              codes: [XT]
              retired_codes: [fsc]
            """);

        DiagnosticAssert.One(site.Load(), Codes.RetiredCodeInUse, File, 6, 19, message: "The retired code 'fsc' is still listed under codes of the term 'fuel-surcharge' (input/industries/logistics/fuel-surcharge.yml:", hint: "either in use (codes) or retired (retired_codes)");
    }

    [Fact]
    public void A_retired_code_with_the_url_of_a_live_code_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: ['MOMS-25']\n");

        DiagnosticAssert.One(site.Load(), Codes.RetiredCodeInUse, File, 5, 19, message: "The retired code 'MOMS-25' has the URL /c/moms-25/ of the code 'MOMS 25%' listed under codes of the term 'vat'");
    }

    [Fact]
    public void A_code_retired_twice_is_an_error_naming_both()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            invoice:
              retired_codes: [OLD, old]
            """);

        DiagnosticAssert.One(site.Load(), Codes.DuplicateRetiredCode, File, 5, 24, message: $"The retired code 'old' is already retired by the term 'x-term' ({File}:5:19).", hint: "keep it in one retired_codes");
    }

    [Fact]
    public void A_retired_code_without_letters_or_digits_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: ['--']\n");

        DiagnosticAssert.One(site.Load(), Codes.EmptySlug, File, 5, 19);
    }

    [Fact]
    public void A_retired_code_may_say_since_when_and_a_bad_date_or_missing_code_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: [{code: OLD, since: 2024-07-01}, OLDER]\n");
        DiagnosticAssert.NoErrors(site.Load());

        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: [{code: OLD, since: 2024-13-01}]\n");
        DiagnosticAssert.One(site.Load(), Codes.InvalidDate, File, 5, 38, message: "'2024-13-01' is not a valid date.");

        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: [{since: 2024-07-01}]\n");
        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 5, 19, message: "A retired code has no 'code'.", hint: "since: 2024-07-01}");
    }

    [Fact]
    public void A_retired_code_that_is_a_list_is_a_type_error_not_nothing_retired()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: [OLD, [OLDER]]\n");
        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 5, 24, message: "A retired code must be a code or {code: ..., since: ...}, not a list.");

        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\ninvoice:\n  retired_codes: [{code: [OLD], since: 2024-07-01}]\n");
        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 5, 26, message: "'code' of a retired code must be one code, not a list or a mapping.");
    }
}
