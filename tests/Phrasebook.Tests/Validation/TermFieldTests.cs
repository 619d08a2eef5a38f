using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Rules of one term file: keys, required fields, ids, languages, dates, status.</summary>
public class TermFieldTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    [Fact]
    public void Unknown_key_suggests_the_closest_known_key()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            sumary: {sv: Mening.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, File, 4, 1, message: "Unknown key 'sumary' in a term", hint: "did you mean 'summary'?");
    }

    [Fact]
    public void Unknown_key_in_invoice_suggests_the_invoice_key()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            invoice:
              codes: [XT]
              pattern: ['XT-\d']
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, File, 6, 3, message: "Unknown key 'pattern' in 'invoice'", hint: "did you mean 'patterns'?");
    }

    [Fact]
    public void Missing_id_is_reported_at_the_term()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            term: {nb: Ord}
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 1, 1, message: "has no 'id'", hint: "add `id: my-id`");
    }

    [Fact]
    public void Missing_term_in_the_default_language_is_reported_at_the_term_field()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {sv: Ord, en: Word}
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 2, 7, message: "The term 'x-term' has no 'term' in the default language (nb)");
    }

    [Fact]
    public void Missing_term_altogether_is_reported_at_the_term()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 1, 1, message: "has no 'term' in the default language (nb)");
    }

    [Fact]
    public void Missing_summary_in_the_default_language_is_reported_at_the_summary_field()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              en: Sentence.
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 4, 3, message: "has no 'summary' in the default language (nb)");
    }

    [Fact]
    public void Invalid_id_suggests_a_valid_one()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: Fuel_Surcharge
            term: {nb: Ord}
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidId, File, 1, 5, message: "'Fuel_Surcharge' is not a valid id", hint: "'fuel-surcharge'");
    }

    [Fact]
    public void Invalid_id_does_not_hide_the_other_errors_of_the_term()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: Fuel_Surcharge
            term: {nb: Ord}
            summary: {nb: Setning.}
            related: [fuel-surcharg]
            changes:
              - date: 2026-13-01
                note: {nb: Ny.}
            """);

        var diagnostics = site.Load();

        DiagnosticAssert.One(diagnostics, Codes.InvalidId, File, 1, 5, message: "'Fuel_Surcharge' is not a valid id", hint: "for example 'fuel-surcharge'");
        DiagnosticAssert.One(diagnostics, Codes.InvalidDate, File, 6, 11, message: "'2026-13-01' is not a valid date.", hint: "write dates as YYYY-MM-DD");
    }

    [Fact]
    public void Invalid_id_does_not_hide_errors_in_roles_and_invoice()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: X
            term: {nb: Ord}
            summary: {nb: Setning.}
            roles:
              Finance: {nb: Tekst.}
            invoice:
              codes: ['%%']
              patterns: ['(?<=a)b']
            """);

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.InvalidId, File, 1, 5, message: "'X' is not a valid id");
        DiagnosticAssert.At(diagnostics, Codes.InvalidId, File, 5, 3, message: "'Finance' is not a valid role id.");
        DiagnosticAssert.One(diagnostics, Codes.EmptySlug, File, 7, 11, message: "The invoice code '%%' has no letters or digits");
        DiagnosticAssert.One(diagnostics, Codes.InvalidPattern, File, 8, 14, message: "The pattern '(?<=a)b' is not usable");
    }

    [Fact]
    public void Language_key_not_in_languages_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term:
              nb: Ord
              de: Wort
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLanguage, File, 4, 3, message: "'de' is not one of the site's languages", hint: "nb, sv, en");
    }

    [Fact]
    public void Invalid_dates_are_reported_each_at_its_value()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            changes:
              - date: 2026-13-01
                note: {nb: Ny sats.}
              - date: 31.01.2026
                note: {nb: Eldre endring.}
              - date: 2025-01-01
                note: {nb: Gyldig.}
            """);

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.InvalidDate, File, 5, 11, message: "'2026-13-01' is not a valid date", hint: "YYYY-MM-DD");
        DiagnosticAssert.At(diagnostics, Codes.InvalidDate, File, 7, 11, message: "'31.01.2026' is not a valid date");
        Assert.Equal(2, diagnostics.Count(d => d.Code == Codes.InvalidDate));
    }

    [Fact]
    public void Change_without_date_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            changes:
              - note: {nb: Ny sats.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingField, File, 5, 5, message: "no 'date'");
    }

    [Fact]
    public void Deprecated_without_replaced_by_is_an_error_at_the_status()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            status: deprecated
            """);

        DiagnosticAssert.One(site.Load(), Codes.DeprecatedWithoutReplacement, File, 4, 9, message: "'x-term' is deprecated but names no replacement", hint: "replaced_by");
    }

    [Fact]
    public void Replaced_by_without_deprecated_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            replaced_by: vat
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidReplacement, File, 4, 14, message: "goes only with `status: deprecated`");
    }

    [Fact]
    public void Replaced_by_a_deprecated_term_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-old.yml", """
            id: x-old
            term: {nb: Gammelt ord}
            summary: {nb: Setning.}
            status: deprecated
            replaced_by: x-older
            """);
        site.WriteTerm("x-older.yml", """
            id: x-older
            term: {nb: Eldre ord}
            summary: {nb: Setning.}
            status: deprecated
            replaced_by: vat
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidReplacement, "input/industries/logistics/x-old.yml", 5, 14, message: "'x-older' is deprecated too");
    }

    [Fact]
    public void Unknown_status_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            status: retired
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidValue, File, 4, 9, message: "'retired' is not a status");
    }

    [Fact]
    public void Wrong_type_is_reported_at_the_value()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            related: {a: b}
            """);

        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 4, 10, message: "'related' must be a list");
    }
}
