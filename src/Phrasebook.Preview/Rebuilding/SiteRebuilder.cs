using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Diagnostics;
using Phrasebook.Build;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Preview.Rebuilding;

/// <summary>
/// Builds the site in memory (nothing is written to the output folder) and keeps the last good build
/// to serve while the content has errors. One rebuild at a time: the host calls it from one loop.
/// </summary>
public sealed class SiteRebuilder(string root, int maxParallelism)
{
    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>The last good build's files and the latest attempt's diagnostics.</summary>
    public SiteSnapshot Current { get; private set; } = SiteSnapshot.Empty;

    public async Task<RebuildOutcome> RebuildAsync(IReadOnlyCollection<string> changedPaths, CancellationToken token)
    {
        var watch = Stopwatch.StartNew();
        var version = Current.Version + 1;
        BuildResult result;
        try
        {
            result = await SiteBuilder.BuildAsync(new BuildOptions { Root = Root, DryRun = true, MaxParallelism = maxParallelism, CancellationToken = token });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A bug (or a file that vanished mid-read) must not stop the server: show it like a content error.
            var where = new SourceLocation(changedPaths.FirstOrDefault() ?? SettingsReader.FileName);
            result = new BuildResult([Diagnostic.Error(Codes.PreviewRebuildFailed, where, $"The preview could not rebuild the site: {e.Message}", "save the file again; if it persists, run `build` and report the error")], null, null, ImmutableSortedDictionary<string, int>.Empty, 0, watch.Elapsed);
        }

        if (!result.Succeeded || result.Engine is null)
        {
            Current = Current with { Version = version, Diagnostics = result.Diagnostics };
            return new RebuildOutcome(version, [], false, result.Diagnostics, "failed", 0, watch.Elapsed);
        }

        var files = result.Engine.Outputs.Values
            .SelectMany(d => d)
            .GroupBy(d => d.Destination, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var changed = Changed(Current.Files, files);
        var previous = Current;
        Current = new SiteSnapshot(version, ReadLinkRoot() ?? previous.LinkRoot, files, result.Diagnostics);
        return new RebuildOutcome(version, changed, ReloadAll: previous.Files.Count == 0 || changedPaths.Any(AffectsEveryPage), result.Diagnostics, "full", files.Count, watch.Elapsed);
    }

    /// <summary>Settings and theme files shape every page (and the CSS and scripts they load).</summary>
    public static bool AffectsEveryPage(string path) =>
        path is SettingsReader.FileName or Watching.SiteWatcher.Unknown || path.StartsWith("themes/", StringComparison.Ordinal);

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

    private string? ReadLinkRoot() => SettingsReader.Read(Root, new DiagnosticBag())?.LinkRoot;
}
