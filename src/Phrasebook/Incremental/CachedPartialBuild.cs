using System.Collections.Concurrent;
using System.Collections.Frozen;
using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Output;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Links;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Incremental;

/// <summary>What a partial build over the last build's files made.</summary>
/// <param name="Added">Files made now that the last build did not make.</param>
/// <param name="Missing">Files of the last build that no pipeline made now.</param>
public sealed record PartialResult(EngineResult Engine, IReadOnlyCollection<string> Added, IReadOnlyCollection<string> Missing)
{
    /// <summary>The edit added or removed files: only a full build knows every page that changes with that.</summary>
    public bool SameFiles => Added.Count == 0 && Missing.Count == 0;
}

/// <summary>
/// The command line's partial build: every pipeline of <see cref="SitePipelines"/> runs its input modules (making a
/// page's model is cheap), but renders only what a term edit affects, as the table declares it (<see cref="SitePipeline.TermEdit"/>,
/// <see cref="SitePipeline.SkippedInPreview"/>). Everything else is the last build's, unrendered, with the link facts that
/// build kept: pipelines declared <see cref="TermEditRerun.Skip"/> that read files of their own (assets) are not run at
/// all, while those made from other pipelines' documents (the sitemap, made again only when its git dates move) and the
/// checks (links, permalinks) run over the whole site, so their diagnostics are a full build's.
/// </summary>
public static class CachedPartialBuild
{
    /// <summary>The pipeline that puts the files of the last build no other pipeline made into this one.</summary>
    public const string CachedFilesPipeline = "CachedFiles";

    /// <param name="historyChanged">Whether the git history dates a file anew since the last build.</param>
    /// <param name="earlier">Every file the last build made, its pipeline, and its link facts for a page.</param>
    /// <param name="output">Where the rendered files are written (a staging folder); null for a check.</param>
    public static async Task<PartialResult> RunAsync(
        string root,
        SiteModel model,
        EditedPages edited,
        bool historyChanged,
        IReadOnlyList<(string Path, string Pipeline, LinkFacts? Facts)> earlier,
        OutputFolder? output,
        DiagnosticBag diagnostics,
        int maxParallelism,
        CancellationToken token)
    {
        var table = SitePipelines.Create(root);
        var whole = table.Where(p => p.TermEdit == TermEditRerun.Whole).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        // A check writes nothing, and only pages make diagnostics (a template that stops, a broken link): data files, feeds
        // and search files are left as the last build made them.
        var keep = new KeepPages(edited.All, whole, keepOthers: output is not null, edited.Languages, edited.SearchLanguages, historyChanged);
        var byPath = earlier.ToFrozenDictionary(e => e.Path, e => e.Facts, StringComparer.Ordinal);
        var added = new ConcurrentBag<string>();
        var missing = new ConcurrentBag<string>();
        var pipelines = new List<Pipeline<SiteModel>>();
        var fill = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in table)
        {
            var p = row.Pipeline;
            Pipeline<SiteModel> Affected(IEnumerable<IModule<SiteModel>> input) => new Pipeline<SiteModel>(p.Name)
                .DependsOn([.. p.Dependencies])
                .WithInput([.. input])
                .WithProcess(new RenderAffected(keep, p.Process, byPath, added))
                .WithPostProcess([.. p.PostProcess]);
            if (row.TermEdit != TermEditRerun.Skip)
            {
                // Every page is listed, and only the affected files are rendered (a whole pipeline renders all of a changed
                // language): a role text kept for a role page that is never rendered stayed in memory to the end.
                pipelines.Add(Affected(row.TermEdit == TermEditRerun.Whole ? row.PreviewInput : [.. row.PreviewInput.Select(m => m is PageModule pages ? pages.Rendering(edited.All) : m)]));
                if (!row.SkippedInPreview.IsEmpty)
                {
                    fill.Add(p.Name);
                }
            }
            else if (p.Input.IsEmpty || !p.Dependencies.IsEmpty)
            {
                // Run over the whole site, making only what the edit changes: the sitemap lists every page, but its bytes
                // change only with the git history's dates (DataFileShows.History).
                pipelines.Add(p.Process.IsEmpty ? p : Affected(p.Input));
            }
            else
            {
                fill.Add(p.Name);
            }
        }

        var makers = pipelines.Where(p => !p.Input.IsEmpty).Select(p => p.Name).ToList();
        pipelines.Add(new Pipeline<SiteModel>(CachedFilesPipeline)
            .DependsOn([.. makers])
            .WithInput(new CachedFiles(earlier, fill.ToFrozenSet(StringComparer.Ordinal), makers, missing)));
        var engine = new Engine.Pipelines.Engine<SiteModel>(
            pipelines,
            // A check keeps no page either, only its links: the pages an edit affects include role phrasebooks and lists of every term.
            new EngineOptions { MaxParallelism = maxParallelism, OutputFolder = output, ReleaseUnwritten = output is null, CancellationToken = token },
            model);
        var result = await engine.RunAsync(diagnostics);
        return new PartialResult(result, [.. added.Distinct(StringComparer.Ordinal)], [.. missing.Distinct(StringComparer.Ordinal)]);
    }
}
