using System.Globalization;
using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Cli;

/// <summary>What a build prints: every diagnostic as `file:line:col: error CODE: message`, then one screen of summary.</summary>
internal sealed class Report(TextWriter output, TextWriter error)
{
    /// <summary>Warnings shown without --verbose: enough to act on, without scrolling errors off screen.</summary>
    public const int WarningsShown = 20;

    public void Diagnostics(IReadOnlyList<Diagnostic> diagnostics, bool verbose)
    {
        // Errors come first (the bag's order) and go to standard error unbuffered, so they still print before any warning.
        using var warningLines = new ChunkedWriter(output);
        var warnings = 0;
        var hidden = 0;
        foreach (var d in diagnostics)
        {
            if (!d.IsError && !verbose && ++warnings > WarningsShown)
            {
                hidden++;
                continue;
            }

            DiagnosticFormats.WriteProblem(d.IsError ? error : warningLines, d, indent: "", colour: false);
        }

        if (hidden > 0)
        {
            warningLines.WriteLine($"... and {hidden} more warning(s); run with --verbose to see them all.");
        }
    }

    public void Summary(BuildResult result, bool verbose)
    {
        var inv = CultureInfo.InvariantCulture;
        if (!result.Succeeded)
        {
            if (result.Mode is { } tried)
            {
                output.WriteLine(tried);
            }

            error.WriteLine(string.Format(inv, "Build failed: {0} error(s), {1} warning(s) in {2:0.00} s. Nothing was written; the previous output is unchanged.", result.Errors, result.Warnings, result.Elapsed.TotalSeconds));
            return;
        }

        if (verbose)
        {
            output.WriteLine();
            Timings(result, output);
        }

        output.WriteLine();
        if (result.Mode is { } mode)
        {
            output.WriteLine(mode);
        }

        foreach (var (lang, count) in result.PagesPerLanguage)
        {
            output.WriteLine(string.Format(inv, "  {0,-4} {1,6} pages", lang, count));
        }

        if (result.PermalinksAdded is { } added)
        {
            output.WriteLine(string.Format(inv, "permalinks.txt: {0} new URL(s) added.", added));
        }

        output.WriteLine(string.Format(inv, "Built {0} files into {1} in {2:0.00} s ({3} warning(s)).", result.FilesWritten, result.OutputFolder, result.Elapsed.TotalSeconds, result.Warnings));
    }

    /// <summary>Where the time went: the pipelines' table, the build's steps, and the collector's work (build and check --verbose).</summary>
    public static void Timings(BuildResult result, TextWriter to)
    {
        var inv = CultureInfo.InvariantCulture;
        if (result.Engine is { } engine)
        {
            to.WriteLine(engine.FormatTimings());
        }

        foreach (var (step, elapsed) in result.Steps)
        {
            to.WriteLine(string.Format(inv, "{0,-42} {1,10:0.0} ms", step, elapsed.TotalMilliseconds));
        }

        to.WriteLine(string.Format(
            inv,
            "GC: {0} gen0, {1} gen1, {2} gen2 collections, paused {3:0.00} s, {4} MB allocated",
            GC.CollectionCount(0),
            GC.CollectionCount(1),
            GC.CollectionCount(2),
            GC.GetTotalPauseDuration().TotalSeconds,
            GC.GetTotalAllocatedBytes() / (1024 * 1024)));
    }
}
