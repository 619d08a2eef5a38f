using System.Collections.Frozen;
using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.InvoiceCodes;
using Phrasebook.Search;

namespace Phrasebook.Preview.Incremental;

/// <summary>
/// The site's own pipelines, cut down to what a term edit can change: the affected pages (rendered),
/// codes.json and _redirects, and the search files of the languages given. Left out, since the edit cannot change them: the
/// assets, the QR codes and search scripts, the sitemap and the permalink guard (the same pages exist)
/// and the whole-site link check (a full rebuild runs it). Nothing is written: the documents go to the preview's snapshot.
/// With <c>pagesOnly</c> it renders the edited terms' own pages (<see cref="EditedPages.Own"/>) and nothing
/// else: the first, fast step of an edit.
/// </summary>
public static class PartialBuild
{
    private static readonly FrozenSet<string> Unchanged = FrozenSet.Create(StringComparer.Ordinal, "Assets", "Links", "Sitemap", SitePipelines.PermalinksPipeline);

    /// <param name="services">What <see cref="SiteBuilder.Services"/> made of the edited content: one set serves both steps of an edit.</param>
    public static async Task<IReadOnlyList<Document>> RunAsync(
        string root,
        IReadOnlyDictionary<Type, object> services,
        FrozenSet<string> pages,
        FrozenSet<string> searchLanguages,
        bool pagesOnly,
        DiagnosticBag diagnostics,
        int maxParallelism,
        CancellationToken token)
    {
        var whole = pagesOnly ? FrozenSet<string>.Empty : TermEdit.WholePipelines;
        var pipelines = SitePipelines.Create(root)
            .Where(p => !Unchanged.Contains(p.Name) && (!pagesOnly || TermEdit.OwnPipelines.Contains(p.Name)))
            .Select(p => new Pipeline(p.Name)
                .WithInput([.. p.Input.Where(m => m is not (WriteQrCodes or CopySearchScripts or CopyPdfScripts)), new KeepPages(pages, whole, keepOthers: !pagesOnly, searchLanguages)])
                .WithProcess([.. p.Process]));
        var engine = new Engine.Pipelines.Engine(
            pipelines,
            new EngineOptions { MaxParallelism = maxParallelism, CancellationToken = token },
            services);
        var result = await engine.RunAsync(diagnostics);
        return [.. result.Outputs.Values.SelectMany(d => d)];
    }
}
