using System.CommandLine;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes;

namespace Phrasebook.Cli;

/// <summary>
/// `codes EXPORT`: compares the codes an invoicing system uses with the phrasebook's explanations:
/// codes without an explanation, explanations no invoice uses, and explanations lacking a translation
/// or a role text.
/// </summary>
internal static class CodesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("export") { Description = "Codes exported from the invoicing system: a CSV file with a header naming the code column, or one code a line." };
        var column = new Option<string?>("--column") { Description = "The CSV column holding the codes (default: a column named code, kode or kod)." };
        var failOnMissing = new Option<bool>("--fail-on-missing") { Description = "Exit 1 when an exported code has no explanation (for CI)." };
        var command = new Command("codes", "Coverage report: which invoice codes have no explanation, which explanations no invoice uses, and which lack translations or role texts.")
        {
            file,
            SiteRootOption.Option,
            column,
            failOnMissing,
        };
        command.SetAction(parse =>
        {
            var export = parse.GetValue(file)!;
            var root = parse.GetValue(SiteRootOption.Option)!;
            if (CodeExport.Read(export.FullName, parse.GetValue(column), out var problem) is not { } codes)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.UsageError;
            }

            var diagnostics = new DiagnosticBag();
            var content = ContentLoader.Load(root.FullName, diagnostics, Environment.ProcessorCount);
            if (content is null)
            {
                new Report(output, error).Diagnostics(diagnostics.ToSortedList(), verbose: false);
                error.WriteLine("The content has errors; fix them first (run `check`).");
                return ExitCodes.ContentErrors;
            }

            var report = CodeCoverage.Compare(new SiteIndex(content), codes);
            report.WriteTo(output);
            return parse.GetValue(failOnMissing) && report.Unexplained.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
