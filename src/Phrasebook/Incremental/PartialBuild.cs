using System.Collections.Frozen;
using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Incremental;

/// <summary>
/// The site's own pipelines, cut down to what a term edit can change, as each pipeline of
/// <see cref="SitePipelines"/> declares it (<see cref="SitePipeline.TermEdit"/>, <see cref="SitePipeline.SkippedInPreview"/>):
/// the affected pages (rendered), the data files and the search files of the languages given (<see cref="KeepPages"/>).
/// Nothing is written: the documents go to the preview's snapshot. With <c>pagesOnly</c> it renders
/// the edited terms' own pages (<see cref="EditedPages.Own"/>, made by the pipelines declared
/// <see cref="TermEditRerun.OwnPagesFirst"/>) and nothing else: the first, fast step of an edit. The page modules
/// list only the pages asked for (<see cref="PageModule.Only"/>); KeepPages still filters what other modules make.
/// </summary>
public static class PartialBuild
{
    /// <param name="model">The model of the edited content: one serves both steps of an edit.</param>
    public static async Task<IReadOnlyList<Document>> RunAsync(
        string root,
        SiteModel model,
        FrozenSet<string> pages,
        FrozenSet<string> languages,
        FrozenSet<string> searchLanguages,
        bool pagesOnly,
        DiagnosticBag diagnostics,
        int maxParallelism,
        CancellationToken token)
    {
        var table = SitePipelines.Create(root)
            .Where(p => pagesOnly ? p.TermEdit == TermEditRerun.OwnPagesFirst : p.TermEdit != TermEditRerun.Skip)
            .ToList();
        var whole = table.Where(p => !pagesOnly && p.TermEdit == TermEditRerun.Whole).Select(p => p.Name).ToFrozenSet(StringComparer.Ordinal);
        var pipelines = table.Select(p => new Pipeline<SiteModel>(p.Name)
            .WithInput([.. p.PreviewInput.Select(m => m is PageModule list && !whole.Contains(p.Name) ? list.Only(pages) : m), new KeepPages(pages, whole, keepOthers: !pagesOnly, languages, searchLanguages, historyChanged: true)])
            .WithProcess([.. p.Pipeline.Process]));
        var engine = new Engine.Pipelines.Engine<SiteModel>(
            pipelines,
            new EngineOptions { MaxParallelism = maxParallelism, CancellationToken = token },
            model);
        var result = await engine.RunAsync(diagnostics);
        return [.. result.Outputs.Values.SelectMany(d => d)];
    }
}
