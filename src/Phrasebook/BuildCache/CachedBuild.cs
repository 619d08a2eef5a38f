using System.Collections.Immutable;
using System.Globalization;
using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Output;
using Phrasebook.History;
using Phrasebook.Incremental;
using Phrasebook.Permalinks;
using Phrasebook.Site;
using Phrasebook.Theming;

namespace Phrasebook.BuildCache;

/// <summary>
/// <c>build</c> and <c>check</c> with the build cache (<c>.phrasebook/cache/</c>), in one of three modes decided
/// before anything is parsed: nothing changed (the last build's warnings are replayed, nothing is read or
/// written); term files edited, each term keeping what other pages know it by (everything is parsed and validated,
/// the affected pages rendered into a staging folder and renamed into the output, links and permalinks checked over
/// the whole site from the cache); anything else, a cold build, with the reason. A failed build touches neither
/// the output nor the cache.
/// </summary>
public static class CachedBuild
{
    /// <summary>The cache's folder in a site (ignored by Git: .phrasebook/ is in the site's .gitignore).</summary>
    public static string FolderOf(string root) => Path.Combine(root, ".phrasebook", "cache");

    /// <summary>The mode of a build or check of a site that no build has left a cache in.</summary>
    public const string NoCacheYet = "cold build: " + BuildStateFile.NoCache;

    /// <param name="useCache">False: build cold whatever the cache holds (a new cache is still written).</param>
    public static async Task<BuildResult> BuildAsync(BuildOptions options, bool useCache = true)
    {
        var root = Path.GetFullPath(options.Root);
        var cache = FolderOf(root);
        // Two builds of one site at once would each rename files into the output and write the cache: one waits for the
        // other, and then finds its work done. A check writes nothing, and reads the cache file whole (it is renamed into place).
        using var exclusive = options.DryRun ? null : await CacheLock.TakeAsync(cache, options.CancellationToken);
        return await BuildLockedAsync(options, useCache, root, cache);
    }

    private static async Task<BuildResult> BuildLockedAsync(BuildOptions options, bool useCache, string root, string cache)
    {
        var steps = new BuildSteps();
        var tool = ToolVersion.Current;
        var scannedAt = DateTime.UtcNow.Ticks;
        string reason;
        var state = !useCache ? Null(out reason, "--no-cache")
            : File.Exists(ApplyOutput.JournalIn(cache))
            ? Null(out reason, "the last build was stopped while it replaced files")
            : BuildStateFile.TryRead(cache, tool, out reason);
        var sources = ScanSources.Scan(root, state is null ? [] : state.Sources, state?.ScannedAt ?? 0, options.MaxParallelism);
        var made = new Made(tool, root, state?.Output ?? "", options.Output, scannedAt, sources, GitLog.Head(root));
        steps.Step("Read the cache, hash the sources");
        if (state is null)
        {
            return await ColdAsync(options, made, reason, cache);
        }

        var plan = Plan(options, state, made);
        steps.Step("Compare with the last build");
        if (plan.ColdReason is { } why)
        {
            return await ColdAsync(options, made, why, cache);
        }

        if (!options.DryRun)
        {
            // What builds stopped by a kill left beside the output; a cold build removes it too.
            StagedOutput.RemoveLeftovers(state.Output);
        }

        if (plan.Edited.Count == 0 && !(NeedsPermalinks(options, root) && !state.PermalinksComplete))
        {
            var replayed = state.Diagnostics.Value;
            return new BuildResult(replayed, null, options.DryRun ? null : state.Output, state.PagesPerLanguage.ToImmutableSortedDictionary(StringComparer.Ordinal), 0, steps.Watch.Elapsed)
            {
                Mode = "no change: the output is up to date",
                Steps = steps.ToImmutable(),
            };
        }

        var attempt = await IncrementalAsync(options, state, made, plan, cache, steps);
        // Cold only once the attempt is over: awaited inside it, the cold build ran beside the attempt's content, model and
        // cache state, and a check that went cold after reading the content peaked at 984-1,031 MB at 10,000 terms.
        return attempt.Result ?? await ColdAsync(options, made, attempt.ColdReason!, cache);
    }

    /// <summary>What an incremental build gave: its result, or why only a cold build will do.</summary>
    private sealed record Attempt(BuildResult? Result, string? ColdReason)
    {
        public static Attempt Cold(string why) => new(null, why);

        public static implicit operator Attempt(BuildResult result) => new(result, null);
    }

    private static BuildState? Null(out string reason, string why)
    {
        reason = why;
        return null;
    }

    private static bool NeedsPermalinks(BuildOptions options, string root) =>
        !options.DryRun && (options.UpdatePermalinks || PermalinkFile.ListsNothing(root));

    /// <summary>What changed since the last build: the edited term files, or why only a cold build will do.</summary>
    /// <param name="Edited">The term files changed, or dated anew by a commit.</param>
    /// <param name="History">The history read because HEAD moved; null when HEAD has not moved.</param>
    /// <param name="Redated">Whether that history dates a file anew (the sitemap's dates follow it).</param>
    private sealed record Changes(IReadOnlySet<string> Edited, SourceHistory? History, string? ColdReason, bool Redated = false);

    private static Changes Plan(BuildOptions options, BuildState state, Made made)
    {
        static Changes Cold(string why) => new(new HashSet<string>(), null, why);
        if (state.Root != made.Root)
        {
            return Cold("the site's folder moved");
        }

        if (options.Output != state.OutputOption)
        {
            return Cold("the output folder is another one than the last build's");
        }

        var before = state.Sources.ToDictionary(f => f.Path, StringComparer.Ordinal);
        var now = made.Sources.ToDictionary(f => f.Path, StringComparer.Ordinal);
        if (now.Keys.FirstOrDefault(p => !before.ContainsKey(p)) is { } added)
        {
            return Cold($"{added} was added");
        }

        if (before.Keys.FirstOrDefault(p => !now.ContainsKey(p)) is { } removed)
        {
            return Cold($"{removed} was deleted");
        }

        var changed = now.Values.Where(f => f.Hash != before[f.Path].Hash).Select(f => f.Path).ToList();
        if (changed.FirstOrDefault(p => !TermEdit.IsTermFile(p)) is { } other)
        {
            return Cold($"{other} changed");
        }

        var edited = changed.ToHashSet(StringComparer.Ordinal);
        SourceHistory? history = null;
        var anew = false;
        if (made.GitHead != state.GitHead)
        {
            // HEAD moved: the history is read and compared; a commit that dated no file anew changes no page. (The cache
            // keeps the old HEAD until a build writes it again, so until then each build reads the log once more.)
            history = GitLog.Read(made.Root);
            var old = state.History.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal);
            var dated = history.Dates.Where(d => !old.TryGetValue(d.Key, out var was) || was != d.Value).Select(d => d.Key)
                .Concat(old.Keys.Where(k => history.LastChanged(k) is null))
                .Where(p => now.ContainsKey(p))
                .ToList();
            if (dated.FirstOrDefault(p => !TermEdit.IsTermFile(p)) is { } redated)
            {
                return Cold($"the git history of {redated} changed");
            }

            edited.UnionWith(dated);
            anew = dated.Count > 0;
        }

        if (!options.DryRun && OutputProblem(state) is { } problem)
        {
            return Cold(problem);
        }

        return new Changes(edited, history, null, anew);
    }

    /// <summary>Whether every file of the output is as the last build left it (size and time stamp to the second), else what is not.</summary>
    private static string? OutputProblem(BuildState state)
    {
        if (!StagedOutput.IsRealFolder(state.Output))
        {
            return "the output folder is missing";
        }

        string? problem = null;
        Parallel.ForEach(state.Outputs, (file, loop) =>
        {
            var info = new FileInfo(Path.Combine(state.Output, file.Path));
            // Whole seconds: an output restored from a tar archive (the CI cache) keeps its times only to the second.
            if (!info.Exists || info.Length != file.Size || info.LastWriteTimeUtc.Ticks / TimeSpan.TicksPerSecond != file.Modified / TimeSpan.TicksPerSecond)
            {
                problem = $"the output file {file.Path} was {(info.Exists ? "changed" : "deleted")} since the last build";
                loop.Stop();
            }
        });
        return problem;
    }

    private static async Task<BuildResult> ColdAsync(BuildOptions options, Made made, string reason, string cache)
    {
        // A check writes no cache, so it records no role texts either.
        using var texts = options.DryRun ? null : RoleTextFile.Record(cache, made.ScannedAt);
        // The output the cache describes is replaced: the cache goes first, so a build stopped after the swap is cold next time.
        var result = await SiteBuilder.BuildAsync(options with
        {
            ReleaseDocuments = options.DryRun,
            RoleTexts = texts,
            BeforeSwap = () =>
            {
                BuildStateFile.Delete(cache);
                if (File.Exists(ApplyOutput.JournalIn(cache)))
                {
                    ApplyOutput.Done(cache);
                }

                options.BeforeSwap?.Invoke();
            },
        });
        var steps = new BuildSteps();
        if (result is { Succeeded: true, OutputFolder: { } output, Engine: { } engine, Model: { } model })
        {
            made = Rescanned(made with { Output = output }, result.PermalinksAdded is not null);
            var state = RecordBuild.Cold(made, model, engine, result.Diagnostics, options.MaxParallelism);
            steps.Step("Record the build");
            await WriteCacheAsync(cache, texts, () => state);
            steps.Step("Write the cache");
        }

        return result with { Mode = $"cold build: {reason}", Steps = result.Steps.AddRange(steps.ToImmutable()) };
    }

    /// <summary>
    /// Writes the role texts (when the build recorded them) and the state <paramref name="record"/> makes, the two files beside
    /// each other: each is a tenth of a second or more at 10,000 terms, and a file of one build is never read with the
    /// other's (the stamp). Returns once both are written.
    /// </summary>
    private static async Task WriteCacheAsync(string cache, RoleTextFile? texts, Func<BuildState> record)
    {
        var saving = texts is null ? Task.CompletedTask : Task.Run(texts.Save);
        try
        {
            BuildStateFile.Write(cache, record());
        }
        finally
        {
            await saving;
        }
    }

    /// <summary>permalinks.txt as the build left it, when it wrote it.</summary>
    private static Made Rescanned(Made made, bool permalinksWritten) =>
        !permalinksWritten ? made : made with
        {
            Sources = ScanSources.Scan(made.Root, [.. made.Sources.Where(f => f.Path != PermalinkFile.FileName)], made.ScannedAt, 1),
        };

    private static async Task<Attempt> IncrementalAsync(BuildOptions options, BuildState state, Made made, Changes plan, string cache, BuildSteps steps)
    {
        var root = made.Root;
        var diagnostics = new DiagnosticBag();
        var index = ContentLoader.Read(root, diagnostics, options.MaxParallelism);
        var theme = index is null ? null : Theme.Load(root, index.Settings.Theme, index.Settings.Languages, diagnostics);
        steps.Step("Read and validate content");
        if (index is null || theme is null || diagnostics.HasErrors)
        {
            // A full build reports content errors with everything that follows from them, in one run.
            return Attempt.Cold("the content has errors");
        }

        var before = state.Terms.Where(t => plan.Edited.Contains(t.SourcePath)).ToList();
        if (!TermEdit.SameIdentities(state.TermCount, before.ToDictionary(t => t.Id, t => t.Identity, StringComparer.Ordinal), index.Content, plan.Edited))
        {
            return Attempt.Cold("a term was added, removed or renamed, or changed how other pages name or link it");
        }

        // The role texts of the terms not edited, unless they link to one; a build records this build's for the next.
        using var texts = RoleTextFile.Read(cache, state.ScannedAt, before.Select(t => t.Id).ToHashSet(StringComparer.Ordinal), options.DryRun ? null : made.ScannedAt);

        // When HEAD has not moved, the plan read no history: the last build's dates are still the log's.
        var model = new SiteModel(index.WithHistory(plan.History ?? GitLog.Kept(root, state.History)), theme, roleTexts: texts);
        var links = state.Links.Value;
        var edited = TermEdit.AffectedPages(before, model.Index, plan.Edited, new CachedPageLinks(links, model.Settings.LinkRoot, options.MaxParallelism));
        var earlier = state.Outputs.Select(o => (o.Path, o.Pipeline, links.GetValueOrDefault(o.Path))).ToList();
        steps.Step("Git history, cached links, affected pages");
        var output = state.Output;
        if (!options.DryRun && !OutputFolderRules.Check(root.TrimEnd(Path.DirectorySeparatorChar), output, new DiagnosticBag()))
        {
            return Attempt.Cold("the output folder is not safe to write into");
        }

        var staging = options.DryRun ? null : StagingFor(output);
        try
        {
            var partial = await CachedPartialBuild.RunAsync(root, model, edited, plan.Redated, earlier, staging is null ? null : new OutputFolder(staging), diagnostics, options.MaxParallelism, options.CancellationToken);
            steps.Step("Pipelines");
            if (!partial.SameFiles)
            {
                return Attempt.Cold($"the edit adds or removes files ({partial.Added.Concat(partial.Missing).Order(StringComparer.Ordinal).First()})");
            }

            var sorted = diagnostics.ToSortedList();
            // The same files as last time are the same pages, each in its language: counting 75,000 documents again was a
            // fifth of a second at the end of every check.
            var perLanguage = state.PagesPerLanguage.ToImmutableSortedDictionary(StringComparer.Ordinal);
            var files = plan.Edited.Count;
            var mode = string.Format(CultureInfo.InvariantCulture, "incremental: {0} file(s) changed, {1} page(s) rendered", files, edited.All.Count);
            if (diagnostics.HasErrors || staging is null)
            {
                return new BuildResult(sorted, partial.Engine, null, diagnostics.HasErrors ? ImmutableSortedDictionary<string, int>.Empty : perLanguage, 0, steps.Watch.Elapsed) { Model = model, Mode = mode, Steps = steps.ToImmutable() };
            }

            options.BeforeSwap?.Invoke();
            var replaced = ApplyOutput.Apply(staging, output, cache);
            steps.Step("Replace changed files");
            int? added = NeedsPermalinks(options, root) ? SiteBuilder.UpdatePermalinks(root, partial.Engine) : null;
            made = Rescanned(made with { Output = output }, added is not null);
            await WriteCacheAsync(cache, texts, () => RecordBuild.Incremental(made, state, model, partial.Engine, sorted, replaced, plan.Edited, permalinksWritten: added is not null));
            ApplyOutput.Done(cache);
            steps.Step("Write the cache");
            return new BuildResult(sorted, partial.Engine, output, perLanguage, replaced.Count, steps.Watch.Elapsed)
            {
                Steps = steps.ToImmutable(),
                Model = model,
                PermalinksAdded = added,
                Mode = mode + string.Format(CultureInfo.InvariantCulture, ", {0} output file(s) replaced", replaced.Count),
            };
        }
        finally
        {
            if (staging is not null && Directory.Exists(staging))
            {
                Directory.Delete(staging, recursive: true);
            }
        }
    }

    /// <summary>A staging folder beside the output, named as <see cref="StagedOutput"/> names its own, so a cold build removes one a killed build left.</summary>
    private static string StagingFor(string output) =>
        Path.Combine(Path.GetDirectoryName(output)!, $".{Path.GetFileName(output)}.staging-{Environment.ProcessId}-{Guid.NewGuid():N}");
}
