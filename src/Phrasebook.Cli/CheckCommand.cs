using System.CommandLine;
using System.Runtime;
using Phrasebook.Build;
using Phrasebook.BuildCache;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Cli;

/// <summary>`check`: everything the build validates (links included), without writing a site.</summary>
internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "human (default), github (workflow annotations on the PR's lines) or json.",
            DefaultValueFactory = _ => DiagnosticFormats.Human,
        };
        format.AcceptOnlyFromAmong(DiagnosticFormats.All);
        var noCache = new Option<bool>("--no-cache") { Description = "Render and check every page, whatever .phrasebook/cache holds." };
        var strict = new Option<bool>("--strict") { Description = "Treat warnings (missing translations, missing role texts, readability) as errors." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print where the time went (pipelines, steps, collections) on standard error." };
        var command = new Command("check", "Validate all content, links included, without writing the site. Exit 0: clean; 1: errors (or warnings with --strict).")
        {
            SiteRootOption.Option,
            format,
            strict,
            noCache,
            verbose,
        };
        command.SetAction(async (parse, token) =>
        {
            var root = parse.GetValue(SiteRootOption.Option)!;
            // A batch, as a build is (BuildCommand): at 10,000 terms a check after a one-term edit peaked at 1,180-1,252 MB
            // with background collections and at 1,075-1,119 MB without.
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            // With the cache of an earlier build, only what changed since is rendered: the link check is answered from the cache.
            var result = await CachedBuild.BuildAsync(new BuildOptions { Root = root.FullName, DryRun = true, CancellationToken = token }, useCache: !parse.GetValue(noCache));
            if (parse.GetValue(verbose))
            {
                // On standard error: standard output is the report that tools and tests read.
                Report.Timings(result, error);
            }

            var isStrict = parse.GetValue(strict);
            var diagnostics = isStrict
                ? [.. result.Diagnostics.Select(d => d with { Severity = Severity.Error })]
                : result.Diagnostics;
            switch (parse.GetValue(format))
            {
                case DiagnosticFormats.GitHub:
                    DiagnosticFormats.WriteGitHub(output, diagnostics);
                    break;
                case DiagnosticFormats.Json:
                    DiagnosticFormats.WriteJson(output, diagnostics);
                    break;
                default:
                    DiagnosticFormats.WriteHuman(output, diagnostics, colour: ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected && Environment.GetEnvironmentVariable("NO_COLOR") is null);
                    if (result.Mode is { } mode && mode != CachedBuild.NoCacheYet && !parse.GetValue(noCache))
                    {
                        // On standard error, and only where a build left a cache: standard output is the report that tools and tests read.
                        error.WriteLine($"check: {mode}");
                    }

                    var errors = diagnostics.Count(d => d.IsError);
                    output.WriteLine(errors == 0
                        ? $"No errors ({diagnostics.Count} warning(s)). The site can be built."
                        : $"{errors} error(s), {diagnostics.Count - errors} warning(s).");
                    break;
            }

            return diagnostics.Any(d => d.IsError) ? ExitCodes.ContentErrors : ExitCodes.Ok;
        });
        return command;
    }
}
