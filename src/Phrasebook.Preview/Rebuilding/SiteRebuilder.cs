using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using Phrasebook.AutoLinks;
using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.History;
using Phrasebook.Incremental;
using Phrasebook.Site;

namespace Phrasebook.Preview.Rebuilding;

/// <summary>
/// Builds the site in memory (nothing is written to the output folder) and keeps the last good build
/// to serve while the content has errors. Term edits re-render only the pages they affect (see
/// <see cref="TermEdit"/>); anything else, or an edit it cannot follow, rebuilds everything. Changes
/// made while the content had errors are remembered, so the fix is built against the last good build.
/// One rebuild at a time: the host calls it from one loop.
/// </summary>
public sealed class SiteRebuilder(string root, int maxParallelism)
{
    private readonly TermFileCache _termFiles = new();
    private readonly TermMatchers _matchers = new();
    private readonly SortedSet<string> _pending = new(StringComparer.Ordinal);
    private Good? _good;

    // The git history at the HEAD it was read at: a save that commits nothing keeps it. The log grows with the history
    // (69 ms over the 316 commits of Phrasebook's own repository, against 2 ms for rev-parse HEAD).
    private (string? Head, SourceHistory History)? _history;

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The last good build's files and the latest attempt's diagnostics.</summary>
    public SiteSnapshot Current { get; private set; } = SiteSnapshot.Empty;

    /// <summary>Settings and theme files shape every page (and the CSS and scripts they load).</summary>
    public static bool AffectsEveryPage(string path) =>
        path is SettingsReader.FileName or Watching.SiteWatcher.Unknown || path.StartsWith("themes/", StringComparison.Ordinal);

    /// <summary>
    /// Rebuilds after <paramref name="changedPaths"/> changed. A term edit first renders the edited terms'
    /// own pages and, when <paramref name="early"/> is given, hands that step's outcome to it before the
    /// pages depending on them (role, industry and index pages, search indexes) are rebuilt: the page an
    /// editor looks at reloads without waiting for the rest, as with Hugo's fast render. Every outcome
    /// lists what changed since the one before.
    /// </summary>
    public async Task<RebuildOutcome> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken token, Action<RebuildOutcome>? early = null)
    {
        var watch = Stopwatch.StartNew();
        _pending.UnionWith(changedPaths);
        try
        {
            return (_good is not null && _pending.Count > 0 && _pending.All(p => TermEdit.IsTermFile(p) || TermEdit.IsGone(Root, p))
                ? await IncrementalAsync(_good, early, watch, token)
                : null) ?? await FullAsync(watch, token);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug (or a file that vanished mid-read) must not stop the server: show it like a content error.
            var where = new SourceLocation(_pending.FirstOrDefault() ?? SettingsReader.FileName);
            return Failed([Diagnostic.Error(Codes.PreviewRebuildFailed, where, $"The preview could not rebuild the site: {e.Message}", "save the file again; if it persists, run `build` and report the error")], watch);
        }
    }

    private async Task<RebuildOutcome> FullAsync(Stopwatch watch, CancellationToken token)
    {
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = Root, DryRun = true, MaxParallelism = maxParallelism, TermFiles = _termFiles, TermMatchers = _matchers, CancellationToken = token });
        if (!result.Succeeded || result.Engine is null || result.Model is null)
        {
            return Failed([.. result.Diagnostics.Where(d => d.IsError)], watch);
        }

        var docs = result.Engine.Outputs.Where(p => p.Key != PipelineNames.Permalinks).SelectMany(p => p.Value).ToList();
        var files = ImmutableDictionary.CreateRange(StringComparer.Ordinal, docs.DistinctBy(d => d.Destination, StringComparer.Ordinal).Select(d => KeyValuePair.Create(d.Destination, d)));
        var linkRoot = result.Model.Settings.LinkRoot;
        var reloadAll = Current.Files.Count == 0 || _pending.Any(AffectsEveryPage) || linkRoot != Current.LinkRoot;
        var changed = Changed(Current.Files, files);
        _good = new Good(result.Model, LinkMap.Of(docs, linkRoot, maxParallelism));
        _pending.Clear();
        return Next(files, linkRoot, changed, reloadAll, [], "full", docs.Count, watch);
    }

    /// <summary>Null when the edit needs a full rebuild after all.</summary>
    private async Task<RebuildOutcome?> IncrementalAsync(Good good, Action<RebuildOutcome>? early, Stopwatch watch, CancellationToken token)
    {
        // Errors alone: the preview shows no warnings (see SiteSnapshot), so the rules that only warn are skipped.
        var diagnostics = new DiagnosticBag(keepWarnings: false);

        // The watcher named every file changed since the last load (the paths pending since the last good build include
        // them): the others are not looked at, instead of a stat of each of 10,000 term files and a listing of input/.
        // A batch the watcher could not name (SiteWatcher.Unknown) never comes here: it is a full build, checking every file.
        _termFiles.Trust(_pending.ToHashSet(StringComparer.Ordinal));
        var index = ContentLoader.LoadIndexed(Root, diagnostics, maxParallelism, _termFiles);
        if (index is null)
        {
            return Failed(diagnostics.SortedErrors(), watch);
        }

        if (!TermEdit.SameIdentities(good.Model.Content, index.Content, _pending))
        {
            return null;
        }

        // The next model keeps the last one's theme and auto-link matchers; it, its views and their
        // caches (each term's links and views) serve both steps.
        var model = good.Model.Next(index.WithHistory(History()));
        var edited = TermEdit.AffectedPages(good.Model.Content, model.Index, _pending, good.Links);

        var rest = edited.All;
        if (early is not null && !diagnostics.HasErrors)
        {
            var own = await PartialBuild.RunAsync(Root, model, edited.Own, FrozenSet<string>.Empty, FrozenSet<string>.Empty, pagesOnly: true, diagnostics, maxParallelism, token);
            if (diagnostics.HasErrors)
            {
                return Failed(diagnostics.SortedErrors(), watch);
            }

            // The pending edit stays pending until the rest is built too: a failure there redoes it all.
            early(Apply(good, model.Content, own, watch) with { MoreToCome = true });
            rest = edited.All.Except(edited.Own).ToFrozenSet(StringComparer.Ordinal);
        }

        var docs = await PartialBuild.RunAsync(Root, model, rest, edited.Languages, edited.SearchLanguages, pagesOnly: false, diagnostics, maxParallelism, token);
        if (diagnostics.HasErrors)
        {
            return Failed(diagnostics.SortedErrors(), watch);
        }

        var outcome = Apply(good, model.Content, docs, watch);
        _good = good with { Model = model };
        _pending.Clear();
        return outcome;
    }

    /// <summary>The snapshot with <paramref name="docs"/> swapped in, as the next version.</summary>
    private RebuildOutcome Apply(Good good, SiteContent content, IReadOnlyList<Document> docs, Stopwatch watch)
    {
        var before = Current.Files;
        var files = before.SetItems(docs.Select(d => KeyValuePair.Create(d.Destination, d)));
        var changed = docs.Where(d => !before.TryGetValue(d.Destination, out var old) || !SameContent(old, d)).Select(d => d.Destination).Order(StringComparer.Ordinal).ToList();
        good.Links.Update(docs, content.Settings.LinkRoot, maxParallelism);
        var rendered = docs.Count(d => d.Destination.EndsWith(".html", StringComparison.Ordinal));
        return Next(files, content.Settings.LinkRoot, changed, false, [], "incremental", rendered, watch);
    }

    /// <summary>Serves <paramref name="files"/> as the next version of the site.</summary>
    private RebuildOutcome Next(ImmutableDictionary<string, Document> files, string linkRoot, IReadOnlyList<string> changed, bool reloadAll, IReadOnlyList<Diagnostic> errors, string kind, int rendered, Stopwatch watch)
    {
        var version = Current.Version + 1;
        Current = new SiteSnapshot(version, linkRoot, files, errors);
        return new RebuildOutcome(version, changed, reloadAll, errors, kind, rendered, watch.Elapsed);
    }

    private RebuildOutcome Failed(IReadOnlyList<Diagnostic> errors, Stopwatch watch)
    {
        var version = Current.Version + 1;
        Current = Current with { Version = version, Errors = errors };
        return new RebuildOutcome(version, [], false, errors, "failed", 0, watch.Elapsed);
    }

    /// <summary>Destinations added, removed or with other bytes than before, in ordinal order.</summary>
    public static IReadOnlyList<string> Changed(IReadOnlyDictionary<string, Document> before, IReadOnlyDictionary<string, Document> after)
    {
        var changed = new List<string>();
        foreach (var (path, doc) in after)
        {
            if (!before.TryGetValue(path, out var old) || !SameContent(old, doc))
            {
                changed.Add(path);
            }
        }

        changed.AddRange(before.Keys.Where(p => !after.ContainsKey(p)));
        changed.Sort(StringComparer.Ordinal);
        return changed;
    }

    private static bool SameContent(Document a, Document b) =>
        ReferenceEquals(a, b) || (a.IsText && b.IsText ? a.Text == b.Text : a.Bytes.Span.SequenceEqual(b.Bytes.Span));

    /// <summary>What the last good build was made from, for the next incremental one.</summary>
    private sealed record Good(SiteModel Model, LinkMap Links);

    private SourceHistory History()
    {
        var head = GitLog.Head(Root);
        if (_history is not { } kept || head is null || kept.Head != head)
        {
            kept = (head, GitLog.Read(Root));
            _history = kept;
        }

        return kept.History;
    }
}
