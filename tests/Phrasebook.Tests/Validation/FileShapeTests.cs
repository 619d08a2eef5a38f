using System.Text;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Files of the wrong shape: too big, several documents, lists where a term is expected, stray files.</summary>
public class FileShapeTests
{
    private const string File = "input/industries/logistics/x-term.yml";

    [Fact]
    public void File_over_the_size_limit_is_refused()
    {
        using var site = new SiteFixture();
        var text = new StringBuilder("id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\nexplanation:\n  nb: |\n");
        while (text.Length <= 5 * 1024 * 1024)
        {
            text.Append("    En lang linje med forklaring som gjentas til filen blir altfor stor.\n");
        }

        site.WriteTerm("x-term.yml", text.ToString());

        DiagnosticAssert.One(site.Load(), Codes.UnreadableFile, File, 0, message: "content files may be at most 4 MiB", hint: "split it");
    }

    [Fact]
    public void Several_yaml_documents_in_one_file_are_an_error_at_the_second()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "id: x-term\nterm: {nb: Ord}\nsummary: {nb: Setning.}\n---\nid: x-other\n");

        DiagnosticAssert.One(site.Load(), Codes.YamlSyntax, File, 4, message: "more than one YAML document");
    }

    [Fact]
    public void Term_file_holding_a_list_is_a_wrong_type()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", "- id: x-term\n  term: {nb: Ord}\n");

        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 1, 1, message: "A term file must be a mapping");
    }

    [Fact]
    public void List_file_with_another_top_level_key_is_an_error()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-term.yml", """
            terms:
              - id: x-one
                term: {nb: En}
                summary: {nb: Setning.}
            industry: logistics
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, File, 5, 1, message: "Unknown key 'industry' in a file with a list of terms");
    }

    [Fact]
    public void Stray_file_in_an_industry_folder_is_a_warning()
    {
        using var site = new SiteFixture();
        site.Write("input/industries/logistics/notes.txt", "husk å skrive om ferjetillegg\n");

        var diagnostics = site.Load();

        DiagnosticAssert.One(diagnostics, Codes.IgnoredFile, "input/industries/logistics/notes.txt", 0, 0, message: "This file is ignored: term files end in .yml.", hint: "rename it to .yml, or move it out of input/industries/", severity: Severity.Warning);
        Assert.Equal("PB104", Codes.IgnoredFile);
        Assert.DoesNotContain(diagnostics, d => d.Code == Codes.UnknownKey);
    }

    [Fact]
    public void Folder_named_like_a_term_file_is_an_error_not_skipped()
    {
        using var site = new SiteFixture();
        Directory.CreateDirectory(Path.Combine(site.Root, "input/industries/logistics/road-toll.yml"));
        Directory.CreateDirectory(Path.Combine(site.Root, "input/industries/logistics/tolls/ferry.yaml"));

        var diagnostics = site.Load();

        const string Hint = "a term is one .yml file: replace the folder with the file, or rename the folder so its name does not end in .yml";
        DiagnosticAssert.At(diagnostics, Codes.UnreadableFile, "input/industries/logistics/road-toll.yml", 0, 0, message: "This is a folder named like a term file, so it is not read as one.", hint: Hint);
        DiagnosticAssert.At(diagnostics, Codes.UnreadableFile, "input/industries/logistics/tolls/ferry.yaml", 0, 0, message: "This is a folder named like a term file, so it is not read as one.", hint: Hint);
        Assert.Equal(2, diagnostics.Count(d => d.IsError));
    }

    [Fact]
    public void Folder_named_like_a_process_roles_or_industry_file_is_an_error()
    {
        using var site = new SiteFixture();
        Directory.CreateDirectory(Path.Combine(site.Root, "input/processes/returns.nb.md"));
        site.Delete("input/roles.yml");
        Directory.CreateDirectory(Path.Combine(site.Root, "input/roles.yml"));
        site.Delete("input/industries/logistics/industry.yml");
        Directory.CreateDirectory(Path.Combine(site.Root, "input/industries/logistics/industry.yml"));

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.UnreadableFile, "input/processes/returns.nb.md", 0, 0, message: "This is a folder named like a Markdown file, so it is not read as one.");
        DiagnosticAssert.At(diagnostics, Codes.UnreadableFile, "input/roles.yml", 0, 0, message: "input/roles.yml is a folder, not a file.", hint: "replace the folder with the file roles.yml");
        DiagnosticAssert.At(diagnostics, Codes.UnreadableFile, "input/industries/logistics/industry.yml", 0, 0, message: "The industry folder 'logistics' has a folder named industry.yml, not a file.");
        Assert.DoesNotContain(diagnostics, d => d.Code == Codes.MissingInput);
    }

    [Fact]
    public void Industry_folder_with_an_invalid_name_and_no_id_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/industries/Cold_Storage/industry.yml", "name: {nb: Kjølelager}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidId, "input/industries/Cold_Storage/industry.yml", 1, 1, message: "'Cold_Storage' is not a valid industry id", hint: "id: cold-storage");
    }

    [Fact]
    public void Industry_without_name_in_the_default_language_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/industries/logistics/industry.yml", "id: logistics\nname: {en: Transport}\n");

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/industries/logistics/industry.yml", 2, 7, message: "The industry 'logistics' has no 'name' in the default language (nb)");
    }

    [Fact]
    public void Role_without_name_in_the_default_language_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write("input/roles.yml", SiteFixture.Roles + "\n- id: user\n  name: {sv: Användare}\n");

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/roles.yml", 8, 9, message: "The role 'user' has no 'name' in the default language (nb)");
    }

    [Fact]
    public void Process_front_matter_that_is_never_closed_says_so()
    {
        using var site = new SiteFixture();
        site.Write("input/processes/delivery.nb.md", "---\ntitle: Levering\n\nTekst uten slutt på front matter.\n");

        DiagnosticAssert.One(site.Load(), Codes.MissingField, "input/processes/delivery.nb.md", 1, 1, message: "The front matter is not closed: there is no `---` line after it.", hint: "add a line `---` after the front matter's last key, before the text");
    }
}
