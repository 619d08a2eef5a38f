using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Links by id (term:, code:, process:) in every Markdown field point at the line of the link.</summary>
public class IdLinkTests
{
    private const string File = "input/industries/logistics/x-term.yml";
    private const string Process = "input/processes/delivery.nb.md";

    [Fact]
    public void Unknown_term_link_in_an_explanation_block_is_reported_at_the_line_of_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            explanation:
              nb: |
                Første avsnitt uten lenker.

                Se [drivstoff](term:fuel-surcharg) for mer.
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 8, message: "The link 'term:fuel-surcharg' points to no term", hint: "did you mean 'term:fuel-surcharge'?");
    }

    [Fact]
    public void Unknown_term_link_in_a_block_is_reported_at_the_column_in_the_file()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            explanation:
              nb: |
                Se [drivstoff](term:fuel-surcharg) for mer.
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 6, 8, message: "The link 'term:fuel-surcharg' points to no term.", hint: "did you mean 'term:fuel-surcharge'?");
    }

    [Fact]
    public void Unknown_term_link_in_a_one_line_value_is_reported_at_line_and_column()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              nb: Se [frakt](term:freight-charg) først.
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 4, 10, hint: "did you mean 'term:freight-charge'?");
    }

    [Fact]
    public void Unknown_link_in_a_role_text_is_reported()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            roles:
              finance:
                nb: |
                  Bokføres som [frakt](term:freigth-charge).
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 7, hint: "did you mean 'term:freight-charge'?");
    }

    [Fact]
    public void Unknown_link_in_a_change_note_is_reported()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            changes:
              - date: 2026-01-01
                note:
                  nb: Erstatter [miljøtillegget](term:environmental-surcharge).
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 7, message: "'term:environmental-surcharge' points to no term");
    }

    [Fact]
    public void Unknown_term_link_in_a_process_body_is_reported_at_the_line_of_the_md_file()
    {
        using var site = new SiteFixture();
        site.Write(Process, SiteFixture.Delivery + "\n\nMer tekst.\n\nSe også [drivstoff](term:fuel-surcharg).\n");

        // The fixture's body ends on line 9; two blank lines, 'Mer tekst.' on 11, a blank line, the link on 13.
        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, Process, 13, 9, message: "points to no term", hint: "did you mean 'term:fuel-surcharge'?");
    }

    [Fact]
    public void Unknown_link_on_the_first_body_line_gets_its_column()
    {
        using var site = new SiteFixture();
        site.Write(Process, SiteFixture.Delivery.Replace("(term:freight-charge)", "(term:freight-charg)", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, Process, 9, 22, hint: "did you mean 'term:freight-charge'?");
    }

    [Fact]
    public void Code_link_to_a_code_that_does_not_exist_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(Process, SiteFixture.Delivery.Replace("(code:FSC)", "(code:NOPE)", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, Process, 9, message: "The link 'code:NOPE' points to no code");
    }

    [Fact]
    public void Code_link_with_spaces_resolves_when_written_in_angle_brackets()
    {
        using var site = new SiteFixture();
        site.Write(Process, SiteFixture.Delivery + "\nMomsen er [25 %](<code:MOMS 25%>).\n");

        Assert.DoesNotContain(site.Load(), d => d.IsError);
    }

    [Fact]
    public void Process_link_to_an_unknown_process_suggests_the_closest()
    {
        using var site = new SiteFixture();
        site.Write("input/pages/index.nb.md", SiteFixture.Index + "\nLes om [levering](process:delivry).\n");

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, "input/pages/index.nb.md", 6, message: "points to no process", hint: "did you mean 'process:delivery'?");
    }
    [Fact]
    public void Unknown_reference_style_link_is_an_error()
    {
        using var site = new SiteFixture();
        // The page has no inline link, so nothing in it contains "](".
        site.Write("input/pages/index.nb.md", SiteFixture.Index + "\nSe [drivstoff][d] og [frakt].\n\n[d]: term:fuel-surcharg\n[frakt]: term:freight-charge\n");

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, "input/pages/index.nb.md", 6, message: "'term:fuel-surcharg' points to no term", hint: "did you mean 'term:fuel-surcharge'?");
    }

    [Fact]
    public void Unknown_link_in_a_quoted_value_is_reported_at_the_column_of_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              nb: "Se [frakt](term:freight-charg) først."
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 4, 11, message: "The link 'term:freight-charg' points to no term.", hint: "did you mean 'term:freight-charge'?");
    }

    [Fact]
    public void Unknown_link_in_a_folded_block_is_reported_at_the_line_of_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            explanation:
              nb: >
                Første linje,
                andre linje,
                og [frakt](term:freight-charg) på tredje.
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 8, 8, message: "The link 'term:freight-charg' points to no term.", hint: "did you mean 'term:freight-charge'?");
    }

    [Fact]
    public void Unknown_link_deeper_in_a_literal_block_is_reported_at_its_line_and_column()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            roles:
              finance:
                nb: |
                  Første linje.

                  - punkt med [frakt](term:freight-charge)
                  - punkt med [drivstoff](term:fuel-surcharg)
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 10, 19, message: "The link 'term:fuel-surcharg' points to no term.");
    }

    [Fact]
    public void Unknown_link_in_a_multi_line_plain_value_is_reported_at_its_line_and_column()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              nb: Første linje
                fortsetter her, og
                  [frakt](term:freight-charg) står her.
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 6, 7, message: "The link 'term:freight-charg' points to no term.");
    }

    [Fact]
    public void Unknown_link_in_a_multi_line_double_quoted_value_with_escapes_is_reported_at_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              nb: "Et \"sitat\" og p\u00e5 linje en,
                \tså [frakt](term:freight-charg) her."
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 5, 10, message: "The link 'term:freight-charg' points to no term.");
    }

    [Fact]
    public void Unknown_link_in_a_single_quoted_value_with_a_doubled_quote_is_reported_at_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary:
              nb: 'Det er ''frakt'': [frakt](term:freight-charg).'
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 4, 26, message: "The link 'term:freight-charg' points to no term.");
    }

    [Fact]
    public void Unknown_link_in_a_folded_block_with_paragraphs_is_reported_at_its_line_and_column()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            changes:
              - date: 2026-01-01
                note:
                  nb: >-
                    Første avsnitt
                    over to linjer.

                    Andre avsnitt med [frakt](term:freight-charge)
                    og [drivstoff](term:fuel-surcharg).
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 12, 12, message: "The link 'term:fuel-surcharg' points to no term.");
    }

    [Fact]
    public void Second_of_two_links_to_the_same_missing_term_is_reported_at_its_own_place()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            explanation:
              nb: >
                Se [frakt](term:freight-charg),
                og igjen [frakt](term:freight-charg).
            """);

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.UnknownLinkTarget, File, 6, 8, message: "The link 'term:freight-charg' points to no term.");
        DiagnosticAssert.At(diagnostics, Codes.UnknownLinkTarget, File, 7, 14, message: "The link 'term:freight-charg' points to no term.");
    }

    [Fact]
    public void Unknown_link_in_a_flow_mapping_value_is_reported_at_the_link()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning., sv: "Se [frakt](term:freight-charg)."}
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownLinkTarget, File, 3, 33, message: "The link 'term:freight-charg' points to no term.");
    }
}
