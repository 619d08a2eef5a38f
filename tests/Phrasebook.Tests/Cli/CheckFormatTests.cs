using System.Reflection;
using System.Text.RegularExpressions;
using Phrasebook.Cli;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Cli;

/// <summary>
/// `check` on broken examples, with each format's whole output: a fresh phrasebook (from `new`) with
/// a term whose `summary` is misspelt (read as `summary`, so one error) and a process linking to a term that does not exist.
/// </summary>
public sealed partial class CheckFormatTests : IDisposable
{
    private readonly string _site = Path.Combine(Directory.CreateTempSubdirectory("phrasebook-check-").FullName, "site");

    public CheckFormatTests()
    {
        Scaffold.Write(_site, "Acme", Scaffold.Languages);
        File.WriteAllText(
            Path.Combine(_site, "input/industries/services/broken.yml"),
            "# yaml-language-server: $schema=../../../schemas/term.schema.json\nid: broken\nterm: {nb: Ødelagt, sv: Trasig, en: Broken}\nsumary: {nb: Feil nøkkel.}\n");
        var process = Path.Combine(_site, "input/processes/invoicing.en.md");
        File.WriteAllText(process, File.ReadAllText(process).Replace("(term:invoice-fee)", "(term:invoice-fees)", StringComparison.Ordinal));
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_site)!, recursive: true);

    [Fact]
    public async Task Human_output_lists_errors_first_under_their_file_with_hints_and_totals()
    {
        var (code, output, error) = await Cli.Run("check", "--root", _site);
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Empty(error);
        Assert.Equal(
            """
            input/industries/services/broken.yml
              input/industries/services/broken.yml:4:1: error PB002: Unknown key 'sumary' in a term.
                  hint: did you mean 'summary'?
            input/processes/invoicing.en.md
              input/processes/invoicing.en.md:10:80: error PB019: The link 'term:invoice-fees' points to no term.
                  hint: did you mean 'term:invoice-fee'?
            input/industries/services/broken.yml
              input/industries/services/broken.yml:2:1: warning PB101: The term 'broken' is not translated to 'en': summary.
                  hint: add `en: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated
              input/industries/services/broken.yml:2:1: warning PB101: The term 'broken' is not translated to 'sv': summary.
                  hint: add `sv: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated
              input/industries/services/broken.yml:2:1: warning PB102: The term 'broken' has no explanation for the roles finance, purchaser, user.
                  hint: add them under `roles:`; the general explanation is shown meanwhile
            2 error(s), 3 warning(s).

            """,
            Normalize(output));
    }

    [Fact]
    public async Task GitHub_output_is_one_workflow_annotation_per_problem()
    {
        var (code, output, _) = await Cli.Run("check", "--root", _site, "--format", "github");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(
            """
            ::error file=input/industries/services/broken.yml,line=4,col=1,title=PB002::Unknown key 'sumary' in a term. Hint: did you mean 'summary'?
            ::error file=input/processes/invoicing.en.md,line=10,col=80,title=PB019::The link 'term:invoice-fees' points to no term. Hint: did you mean 'term:invoice-fee'?
            ::warning file=input/industries/services/broken.yml,line=2,col=1,title=PB101::The term 'broken' is not translated to 'en': summary. Hint: add `en: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated
            ::warning file=input/industries/services/broken.yml,line=2,col=1,title=PB101::The term 'broken' is not translated to 'sv': summary. Hint: add `sv: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated
            ::warning file=input/industries/services/broken.yml,line=2,col=1,title=PB102::The term 'broken' has no explanation for the roles finance, purchaser, user. Hint: add them under `roles:`; the general explanation is shown meanwhile

            """,
            Normalize(output));
    }

    [Fact]
    public async Task Strict_github_output_makes_every_warning_an_error()
    {
        var (code, output, _) = await Cli.Run("check", "--root", _site, "--format", "github", "--strict");
        Assert.Equal(ExitCodes.ContentErrors, code);
        var lines = Normalize(output).TrimEnd('\n').Split('\n');
        Assert.Equal(5, lines.Length);
        Assert.All(lines, l => Assert.StartsWith("::error file=", l, StringComparison.Ordinal));
        Assert.Equal("::error file=input/industries/services/broken.yml,line=4,col=1,title=PB002::Unknown key 'sumary' in a term. Hint: did you mean 'summary'?", lines[0]);
        Assert.Equal("::error file=input/industries/services/broken.yml,line=2,col=1,title=PB102::The term 'broken' has no explanation for the roles finance, purchaser, user. Hint: add them under `roles:`; the general explanation is shown meanwhile", lines[4]);
    }

    [Fact]
    public async Task Json_output_has_counts_and_every_diagnostic()
    {
        var (code, output, _) = await Cli.Run("check", "--root", _site, "--format", "json");
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Equal(
            """
            {
              "version": 1,
              "errors": 2,
              "warnings": 3,
              "diagnostics": [
                {
                  "severity": "error",
                  "code": "PB002",
                  "file": "input/industries/services/broken.yml",
                  "line": 4,
                  "column": 1,
                  "message": "Unknown key 'sumary' in a term.",
                  "hint": "did you mean 'summary'?",
                  "cause": null
                },
                {
                  "severity": "error",
                  "code": "PB019",
                  "file": "input/processes/invoicing.en.md",
                  "line": 10,
                  "column": 80,
                  "message": "The link 'term:invoice-fees' points to no term.",
                  "hint": "did you mean 'term:invoice-fee'?",
                  "cause": null
                },
                {
                  "severity": "warning",
                  "code": "PB101",
                  "file": "input/industries/services/broken.yml",
                  "line": 2,
                  "column": 1,
                  "message": "The term 'broken' is not translated to 'en': summary.",
                  "hint": "add `en: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated",
                  "cause": null
                },
                {
                  "severity": "warning",
                  "code": "PB101",
                  "file": "input/industries/services/broken.yml",
                  "line": 2,
                  "column": 1,
                  "message": "The term 'broken' is not translated to 'sv': summary.",
                  "hint": "add `sv: ...` under summary (line 4); meanwhile the nb text is shown, marked as not yet translated",
                  "cause": null
                },
                {
                  "severity": "warning",
                  "code": "PB102",
                  "file": "input/industries/services/broken.yml",
                  "line": 2,
                  "column": 1,
                  "message": "The term 'broken' has no explanation for the roles finance, purchaser, user.",
                  "hint": "add them under `roles:`; the general explanation is shown meanwhile",
                  "cause": null
                }
              ]
            }

            """,
            Normalize(output));
    }

    [Fact]
    public async Task A_clean_site_prints_one_line_and_exits_0_in_every_format()
    {
        File.Delete(Path.Combine(_site, "input/industries/services/broken.yml"));
        var process = Path.Combine(_site, "input/processes/invoicing.en.md");
        File.WriteAllText(process, File.ReadAllText(process).Replace("(term:invoice-fees)", "(term:invoice-fee)", StringComparison.Ordinal));
        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), Result(await Cli.Run("check", "--root", _site, "--strict")));
        Assert.Equal((ExitCodes.Ok, ""), Result(await Cli.Run("check", "--root", _site, "--format", "github", "--strict")));
        Assert.Equal((ExitCodes.Ok, "{\n  \"version\": 1,\n  \"errors\": 0,\n  \"warnings\": 0,\n  \"diagnostics\": []\n}\n"), Result(await Cli.Run("check", "--root", _site, "--format", "json")));
    }

    [Fact]
    public void Human_output_on_a_terminal_colours_the_file_and_the_severity()
    {
        var output = new StringWriter();
        DiagnosticFormats.WriteHuman(
            output,
            [new Diagnostic(Severity.Error, Codes.UnknownKey, new SourceLocation("a.yml", 3, 1), "Unknown key 'x'.", "did you mean 'y'?"), new Diagnostic(Severity.Warning, Codes.MissingTranslation, new SourceLocation("a.yml", 1, 1), "Not translated.")],
            colour: true);
        Assert.Equal(
            "\u001b[1ma.yml\u001b[0m\n  a.yml:3:1: \u001b[31merror\u001b[0m PB002: Unknown key 'x'.\n      hint: did you mean 'y'?\n  a.yml:1:1: \u001b[33mwarning\u001b[0m PB101: Not translated.\n",
            Normalize(output.ToString()));
    }

    [Fact]
    public void GitHub_output_escapes_what_would_end_an_annotation_early()
    {
        var output = new StringWriter();
        DiagnosticFormats.WriteGitHub(output, [new Diagnostic(Severity.Error, Codes.YamlSyntax, new SourceLocation("input/a,b:c.yml", 2, 5), "100% wrong\nsecond line")]);
        Assert.Equal("::error file=input/a%2Cb%3Ac.yml,line=2,col=5,title=PB001::100%25 wrong%0Asecond line\n", Normalize(output.ToString()));
    }

    [Fact]
    public async Task A_missing_folder_is_a_usage_error()
    {
        var (code, output, error) = await Cli.Run("check", "--root", Path.Combine(_site, "nowhere"));
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.Equal($"error: the folder '{Path.Combine(_site, "nowhere")}' does not exist.\nRun 'phrasebook --help' for usage.\n", Normalize(error));
    }

    [Theory]
    [InlineData("build")]
    [InlineData("check")]
    [InlineData("preview")]
    public async Task Every_command_that_reads_a_site_refuses_a_missing_root_folder_the_same_way(string command)
    {
        var missing = Path.Combine(_site, "nowhere");
        var (code, output, error) = await Cli.Run(command, "--root", missing);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Empty(output);
        Assert.StartsWith($"error: the folder '{missing}' does not exist.\n", Normalize(error), StringComparison.Ordinal);
        Assert.False(Directory.Exists(missing));
    }

    [Fact]
    public void Every_diagnostic_code_has_its_entry_in_errors_md_and_the_exit_codes_are_in_the_readme()
    {
        var errors = File.ReadAllText(Path.Combine(Repo.Root, "docs", "errors.md"));
        var codes = typeof(Codes).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (Name: f.Name, Code: (string)f.GetValue(null)!)).ToList();
        Assert.True(codes.Count > 30);
        Assert.Equal(codes.Count, codes.Select(c => c.Code).Distinct().Count());
        foreach (var (name, code) in codes)
        {
            Assert.Contains($"\n## {code} {name}\n", errors, StringComparison.Ordinal);
            Assert.Contains($"| [{code}](#{code.ToLowerInvariant()}-{name.ToLowerInvariant()}) | {name} |", errors, StringComparison.Ordinal);
        }

        var readme = File.ReadAllText(Path.Combine(Repo.Root, "README.md"));
        foreach (var exit in typeof(ExitCodes).GetFields().Select(f => (int)f.GetValue(null)!))
        {
            Assert.Matches(ExitCodeRow(exit), readme);
        }
    }

    private static (int, string) Result((int Code, string Out, string Err) run) => (run.Code, Normalize(run.Out));

    private static string Normalize(string s) => s.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static Regex ExitCodeRow(int exit) => new($@"\n\| {exit} \| [^\n]+ \|\n");
}
