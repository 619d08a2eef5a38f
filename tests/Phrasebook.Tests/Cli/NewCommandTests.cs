using System.Text.Json;
using Phrasebook.Cli;
using Phrasebook.Tests.Schemas;

namespace Phrasebook.Tests.Cli;

public sealed class NewCommandTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("phrasebook-new-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public async Task A_new_phrasebook_checks_clean_in_strict_mode_and_builds()
    {
        var site = Path.Combine(_parent, "acme");
        var (code, output, error) = await Cli.Run("new", site, "--name", "Acme Frakt");
        Assert.True(code == ExitCodes.Ok, error);
        Assert.Contains($"Created a phrasebook for Acme Frakt in {site}:", output, StringComparison.Ordinal);

        var check = await Cli.Run("check", "--root", site, "--strict");
        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), (check.Code, check.Out.Replace("\r\n", "\n", StringComparison.Ordinal)));

        var build = await Cli.Run("build", "--root", site);
        Assert.True(build.Code == ExitCodes.Ok, build.Err);
        foreach (var page in new[] { "nb/index.html", "sv/terms/invoice-fee/index.html", "en/terms/late-payment-interest/index.html", "en/processes/invoicing/index.html", "c/fee/index.html", "c/int/index.html", "en/roles/finance/index.html", "en/industries/services/index.html" })
        {
            Assert.True(File.Exists(Path.Combine(site, "output", page)), $"{page} was not built");
        }

        var html = File.ReadAllText(Path.Combine(site, "output", "en", "terms", "invoice-fee", "index.html"));
        Assert.Contains("A fee when we send the invoice on paper.", html, StringComparison.Ordinal);
        Assert.Contains("Acme Frakt – customer phrasebook", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task It_writes_settings_roles_one_industry_two_terms_one_process_theme_schemas_and_editor_settings()
    {
        var site = Path.Combine(_parent, "files");
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", site)).Code);
        var files = Repo.HashTree(site).Keys.ToList();
        Assert.Equal(
            [
                ".github/workflows/phrasebook.yml", ".gitignore", ".vscode/extensions.json", ".vscode/settings.json",
                "input/industries/services/industry.yml", "input/industries/services/invoice-fee.yml", "input/industries/services/late-payment-interest.yml",
                "input/pages/index.en.md", "input/pages/index.nb.md", "input/pages/index.sv.md",
                "input/processes/invoicing.en.md", "input/processes/invoicing.nb.md", "input/processes/invoicing.sv.md",
                "input/roles.yml",
                "permalinks.txt",
                "schemas/industry.schema.json", "schemas/page.schema.json", "schemas/process.schema.json", "schemas/roles.schema.json", "schemas/statiq.schema.json", "schemas/term.schema.json",
                "statiq.json",
            ],
            files.Where(f => !f.StartsWith("themes/", StringComparison.Ordinal) && !f.StartsWith("docs/", StringComparison.Ordinal)));
        Assert.Equal(Repo.HashTree(Path.Combine(Repo.Root, "themes")), Repo.HashTree(Path.Combine(site, "themes")));
        Assert.Equal(Repo.HashTree(Path.Combine(Repo.Root, "docs")), Repo.HashTree(Path.Combine(site, "docs")));
        Assert.Equal(Repo.HashTree(Path.Combine(Repo.Root, "schemas")), Repo.HashTree(Path.Combine(site, "schemas")));
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "statiq.json"))).RootElement;
        Assert.Equal("files – ordbok for kunder", settings.GetProperty("SiteTitle").GetProperty("nb").GetString());
    }

    [Fact]
    public async Task Its_content_files_name_their_schema_and_are_valid_against_it()
    {
        var site = Path.Combine(_parent, "schemas");
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", site)).Code);
        var files = SchemaValidator.SchemaFiles(site);
        Assert.Equal(11, files.Count);
        Assert.Empty(SchemaValidator.Validate(site, files).SelectMany(p => p.Value.Select(e => $"{p.Key}:{e}")));
        foreach (var file in files.Where(f => f.StartsWith("input/", StringComparison.Ordinal)))
        {
            var lines = File.ReadAllLines(Path.Combine(site, file));
            var expected = $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", file.Count(c => c == '/')))}schemas/{SchemaValidator.SchemaFor(file)!.Value.Schema}";
            Assert.Equal(expected, file.EndsWith(".md", StringComparison.Ordinal) ? lines[1] : lines[0]);
        }
    }

    [Fact]
    public async Task Languages_choose_the_files_the_texts_and_the_default_language()
    {
        var site = Path.Combine(_parent, "two");
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", site, "--languages", "en,sv", "--name", "Acme")).Code);
        var settings = JsonDocument.Parse(File.ReadAllText(Path.Combine(site, "statiq.json"))).RootElement;
        Assert.Equal(["en", "sv"], settings.GetProperty("Languages").EnumerateArray().Select(l => l.GetString()));
        Assert.Equal(["en", "sv"], settings.GetProperty("SiteTitle").EnumerateObject().Select(p => p.Name));
        Assert.False(File.Exists(Path.Combine(site, "input", "processes", "invoicing.nb.md")));
        Assert.True(File.Exists(Path.Combine(site, "input", "processes", "invoicing.sv.md")));
        var term = File.ReadAllText(Path.Combine(site, "input", "industries", "services", "invoice-fee.yml"));
        Assert.DoesNotContain("nb:", term, StringComparison.Ordinal);
        Assert.Contains("  sv: Fakturaavgift\n", term, StringComparison.Ordinal);

        var check = await Cli.Run("check", "--root", site, "--strict");
        Assert.True(check.Code == ExitCodes.Ok, check.Out);
    }

    [Fact]
    public async Task It_refuses_a_folder_that_is_not_empty_and_leaves_it_alone()
    {
        var site = Path.Combine(_parent, "busy");
        Directory.CreateDirectory(site);
        File.WriteAllText(Path.Combine(site, "notes.txt"), "mine");
        var (code, output, error) = await Cli.Run("new", site);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal($"error: the folder '{site}' is not empty. `new` writes only into a new or empty folder, so it never overwrites your work.\n", error.Replace("\r\n", "\n", StringComparison.Ordinal));
        Assert.Empty(output);
        Assert.Equal(["notes.txt"], Directory.GetFileSystemEntries(site).Select(Path.GetFileName));
    }

    [Theory]
    [InlineData("da", "error: the example texts exist in nb, sv, en, not in 'da'. Create the site with some of those, then add your language to Languages in statiq.json and translate.")]
    [InlineData("nb,nb", "error: --languages names 'nb' twice.")]
    [InlineData(",", "error: --languages names no language.")]
    public async Task It_refuses_languages_it_has_no_texts_for(string languages, string message)
    {
        var site = Path.Combine(_parent, "lang");
        var (code, _, error) = await Cli.Run("new", site, "--languages", languages);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Equal(message, error.Trim());
        Assert.False(Directory.Exists(site));
    }

    [Fact]
    public void Dropping_a_language_drops_its_block_lines_too()
    {
        const string Yaml = "id: x\nexplanation:\n  nb: |\n    Linje en.\n\n    Linje to.\n  en: Line.\nwords:\n  sv: [a, b]\n  en: [c]\n";
        Assert.Equal("id: x\nexplanation:\n  en: Line.\nwords:\n  en: [c]\n", Scaffold.KeepLanguages(Yaml, ["en"]));
    }
}
