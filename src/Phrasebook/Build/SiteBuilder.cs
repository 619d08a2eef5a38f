using System.Collections.Immutable;
using System.Diagnostics;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Output;
using Phrasebook.Engine.Pipelines;
using Phrasebook.History;
using Phrasebook.Permalinks;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Theming;

namespace Phrasebook.Build;

/// <summary>
/// read → parse → validate → render → write. Writes into a staging folder and swaps it in only when
/// there is no error, so a failed build leaves the previous output exactly as it was.
/// </summary>
public static class SiteBuilder
{
    public static async Task<BuildResult> BuildAsync(BuildOptions options)
    {
        var watch = Stopwatch.StartNew();
        var diagnostics = new DiagnosticBag();
        var root = Path.GetFullPath(options.Root);
        var steps = ImmutableArray.CreateBuilder<(string, TimeSpan)>();
        var lap = watch.Elapsed;
        void Step(string name)
        {
            steps.Add((name, watch.Elapsed - lap));
            lap = watch.Elapsed;
        }

        var index = ContentLoader.Read(root, diagnostics, options.MaxParallelism, options.TermFiles);
        var contentErrors = diagnostics.HasErrors;
        var theme = index is null ? null : Theme.Load(root, index.Settings.Theme, index.Settings.Languages, diagnostics);
        Step("Read and validate content");
        if (index is null || theme is null || (diagnostics.HasErrors && !LeaveTheModelWhole(diagnostics)))
        {
            return Failed(diagnostics, null, watch);
        }

        // Checked whenever the build would write, also beside content errors (all errors in one run); an unsafe
        // output folder stops the build before anything is made.
        var outputFolder = Path.GetFullPath(Path.Combine(root, options.Output ?? index.Settings.OutputPath)).TrimEnd(Path.DirectorySeparatorChar);
        if (!options.DryRun && !OutputFolderRules.Check(root.TrimEnd(Path.DirectorySeparatorChar), outputFolder, diagnostics))
        {
            return Failed(diagnostics, null, watch);
        }

        // Content errors that leave every file read and every term in place: the pages are still made (and
        // written nowhere), so the permalink guard and the link check report beside them in the same run.
        options = contentErrors ? options with { DryRun = true, UpdatePermalinks = false } : options;

        using var staged = options.DryRun ? null : StagedOutput.Begin(outputFolder);
        var model = new SiteModel(index.WithHistory(GitLog.Read(root)), theme, options.TermMatchers, options.RoleTexts);
        var engine = new Engine.Pipelines.Engine<SiteModel>(
            SitePipelines.Create(root).Select(p => p.Pipeline),
            new EngineOptions { MaxParallelism = options.MaxParallelism, OutputFolder = staged?.Staging, ReleaseUnwritten = options.ReleaseDocuments, CancellationToken = options.CancellationToken },
            model);
        Step("Staging folder, git history, site index");
        var result = await engine.RunAsync(diagnostics);
        Step("Pipelines");
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics, result, watch);
        }

        if (staged is not null)
        {
            options.BeforeSwap?.Invoke();
            staged.Commit();
        }

        Step("Remove stale files and swap in");
        // A lock that lists no address yet (as `new` writes it) is filled by the first build that
        // succeeds, so a new site is guarded from its first build on, not from the first --update-permalinks.
        int? added = (options.UpdatePermalinks || PermalinkFile.ListsNothing(root)) && !options.DryRun ? UpdatePermalinks(root, result) : null;
        var docs = result.Outputs.Where(p => p.Key != PipelineNames.Permalinks).SelectMany(p => p.Value).ToList();
        var perLanguage = docs
            .Select(d => d.Get<PageModel>(PageModel.MetadataKey))
            .OfType<PageModel>()
            .GroupBy(p => p.Lang, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        return new BuildResult(diagnostics.ToSortedList(), result, options.DryRun ? null : outputFolder, perLanguage, docs.Count, watch.Elapsed)
        {
            Model = model,
            PermalinksAdded = added,
            Steps = steps.ToImmutable(),
        };
    }

    /// <summary>Writes the guard's updated permalinks.txt (through a temporary file, so it is never half written).</summary>
    internal static int UpdatePermalinks(string root, EngineResult result)
    {
        var updated = GuardPermalinks.Updated(result.Outputs[PipelineNames.Permalinks]) ?? throw new InvalidOperationException("the permalinks guard did not run");
        var path = Path.Combine(root, PermalinkFile.FileName);
        var existing = File.Exists(path) ? File.ReadAllText(path) : null;
        var before = existing is null ? 0 : PermalinkFile.Parse(existing, new DiagnosticBag()).Entries.Select(e => e.Path).Distinct().Count();
        var after = PermalinkFile.Parse(updated, new DiagnosticBag()).Entries.Length;
        if (existing != updated)
        {
            // A new file of a name no one can have planted (CreateNew is O_EXCL: it never opens an existing file
            // or follows a link), then renamed over permalinks.txt: the rename replaces a link, it does not write through it.
            var temp = $"{path}.{Guid.NewGuid():N}.tmp";
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(new System.Text.UTF8Encoding(false).GetBytes(updated));
            }

            File.Move(temp, path, overwrite: true);
        }

        return after - before;
    }

    /// <summary>
    /// Errors after which the model is whole: every file was read and every term, role, process and code kept
    /// (a value dropped or defaulted at most). Any other error (a file not parsed, an invalid or duplicate id,
    /// a duplicate code) would make the guard and the link check report what is missing only because of it.
    /// </summary>
    private static readonly HashSet<string> WholeModelErrors =
    [
        Diagnostics.Codes.UnknownKey, Diagnostics.Codes.UnknownReference, Diagnostics.Codes.UnknownLanguage,
        Diagnostics.Codes.InvalidDate, Diagnostics.Codes.InvalidPattern, Diagnostics.Codes.DeprecatedWithoutReplacement,
        Diagnostics.Codes.PatternMatchesOtherCode, Diagnostics.Codes.InvalidReplacement, Diagnostics.Codes.UnknownLinkTarget,
        Diagnostics.Codes.EmptySlug, Diagnostics.Codes.InvalidValue,
    ];

    private static bool LeaveTheModelWhole(DiagnosticBag diagnostics) =>
        diagnostics.SortedErrors().All(d => WholeModelErrors.Contains(d.Code));

    private static BuildResult Failed(DiagnosticBag diagnostics, EngineResult? engine, Stopwatch watch) =>
        new(diagnostics.ToSortedList(), engine, null, ImmutableSortedDictionary<string, int>.Empty, 0, watch.Elapsed);
}
