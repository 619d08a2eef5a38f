using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Rules across files: unique ids, and every id a file names must exist.</summary>
public class ReferenceTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    [Fact]
    public void Duplicate_term_id_across_files_names_both_places()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-copy.yml", """
            id: vat
            term: {nb: Moms}
            summary: {nb: Setning.}
            """);

        var d = DiagnosticAssert.One(site.Load(), Codes.DuplicateId, "input/industries/logistics/x-copy.yml", 1, 1, message: "The term id 'vat' is already used at");
        Assert.Contains("input/industries/logistics/vat.yml:1:1", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_term_id_in_one_list_file_names_both_lines()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            terms:
              - id: x-one
                term: {nb: En}
                summary: {nb: Setning.}
              - id: x-one
                term: {nb: To}
                summary: {nb: Setning.}
            """);

        var d = DiagnosticAssert.One(site.Load(), Codes.DuplicateId, File, 5, 5);
        Assert.Contains($"{File}:2:5", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_role_id_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/roles.yml", SiteFixture.Roles + "\n- id: finance\n  name: {nb: Økonomi igjen}\n");

        var d = DiagnosticAssert.One(site.Load(), Codes.DuplicateId, "input/roles.yml", 7, 3, message: "The role id 'finance'");
        Assert.Contains("input/roles.yml:1:3", d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_role_in_roles_suggests_the_closest()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            roles:
              finanse: {nb: Tekst.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, File, 5, 3, message: "There is no role with the id 'finanse'", hint: "did you mean 'finance'?");
    }

    [Fact]
    public void Unknown_related_term_suggests_the_closest()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            related: [vat, fuel-surcharg]
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, File, 4, 16, message: "There is no term with the id 'fuel-surcharg'", hint: "did you mean 'fuel-surcharge'?");
    }

    [Fact]
    public void Term_related_to_itself_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            related:
              - x-term
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, File, 5, 5, message: "lists itself as related");
    }

    [Fact]
    public void Unknown_process_suggests_the_closest()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            processes: [delivry]
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, File, 4, 13, message: "There is no process with the id 'delivry'", hint: "did you mean 'delivery'?");
    }

    [Fact]
    public void Unknown_replacement_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            status: deprecated
            replaced_by: fright-charge
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, File, 5, 14, message: "There is no term with the id 'fright-charge'", hint: "did you mean 'freight-charge'?");
    }

    [Fact]
    public void Replaced_by_itself_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            status: deprecated
            replaced_by: x-term
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidReplacement, File, 5, 14, message: "'x-term' is this term itself");
    }

    [Fact]
    public void Unknown_industry_in_process_front_matter_is_reported_at_its_line_in_the_file()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery.Replace("industries: [logistics]", "industries: [logistic]", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, "input/processes/delivery.nb.md", 5, 14, message: "There is no industry with the id 'logistic'", hint: "did you mean 'logistics'?");
    }

    [Fact]
    public void Unknown_role_in_process_front_matter_is_reported_at_its_line_in_the_file()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery.Replace("roles: [purchaser]", "roles: [purchasr]", StringComparison.Ordinal));

        DiagnosticAssert.One(site.Load(), Codes.UnknownReference, "input/processes/delivery.nb.md", 4, 9, message: "There is no role with the id 'purchasr'", hint: "did you mean 'purchaser'?");
    }

    [Fact]
    public void Industry_folder_without_industry_yml_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/industries/warehousing/x-term.yml", """
            id: x-term
            term: {nb: Ord}
            summary: {nb: Setning.}
            """);

        DiagnosticAssert.One(site.Load(), Codes.MissingInput, "input/industries/warehousing", 0, message: "has no industry.yml");
    }
}
