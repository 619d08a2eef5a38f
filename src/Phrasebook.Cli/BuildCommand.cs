using System.CommandLine;
using System.Runtime;
using Phrasebook.Build;
using Phrasebook.BuildCache;

namespace Phrasebook.Cli;

internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var outputOption = new Option<string?>("--output", "-o") { Description = "Write the site here instead of OutputPath in statiq.json." };
        var verbose = new Option<bool>("--verbose", "-v") { Description = "Print every warning and the per-pipeline timing table." };
        var noCache = new Option<bool>("--no-cache") { Description = "Build everything, whatever .phrasebook/cache holds (the cache is written again)." };
        var updatePermalinks = new Option<bool>("--update-permalinks") { Description = "Add the build's new public URLs to permalinks.txt (it never removes one)." };
        var command = new Command("build", "Validate the content and build the site into OutputPath (the previous output is replaced only on success).")
        {
            SiteRootOption.Option,
            outputOption,
            verbose,
            updatePermalinks,
            noCache,
        };
        command.SetAction(async (parse, token) =>
        {
            var rootDir = parse.GetValue(SiteRootOption.Option)!;
            // A build is a batch: blocking collections, no background GC racing the pages for the two cores
            // and for memory (peak RSS at 10,000 terms 0.97-1.06 GB with it, 0.88-0.94 GB without).
            GCSettings.LatencyMode = GCLatencyMode.Batch;
            var result = await CachedBuild.BuildAsync(new BuildOptions
            {
                Root = rootDir.FullName,
                Output = parse.GetValue(outputOption),
                UpdatePermalinks = parse.GetValue(updatePermalinks),
                CancellationToken = token,
            }, useCache: !parse.GetValue(noCache));
            var report = new Report(output, error);
            report.Diagnostics(result.Diagnostics, parse.GetValue(verbose));
            report.Summary(result, parse.GetValue(verbose));
            return result.Succeeded ? ExitCodes.Ok : ExitCodes.ContentErrors;
        });
        return command;
    }
}
