using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Links;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Incremental;

/// <summary>
/// A pipeline's Process modules run on the documents an edit affects (<see cref="KeepPages.Keeps"/>) and on any
/// the last build did not make; every other document passes unrendered, as the last build left it: released, with
/// the link facts that build kept. So the link check, the permalink guard and the sitemap still see the whole site,
/// and the pipeline renders a few pages instead of thousands.
/// </summary>
/// <param name="earlier">Every file the last build made, with its link facts for a page (null for other files).</param>
/// <param name="added">Destinations made now that the last build did not make: the set of files changed.</param>
public sealed class RenderAffected(
    KeepPages keep,
    ImmutableArray<IModule<SiteModel>> process,
    IReadOnlyDictionary<string, LinkFacts?> earlier,
    ConcurrentBag<string> added) : IModule<SiteModel>
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var render = ImmutableArray.CreateBuilder<Document>();
        var unchanged = ImmutableArray.CreateBuilder<Document>();
        foreach (var doc in inputs)
        {
            if (!earlier.TryGetValue(doc.Destination, out var facts))
            {
                added.Add(doc.Destination);
                render.Add(doc);
            }
            else if (keep.Keeps(doc, context.Pipeline))
            {
                render.Add(doc);
            }
            else
            {
                unchanged.Add(Unrendered(doc, facts));
            }
        }

        var made = render.ToImmutable();
        foreach (var module in process)
        {
            made = await module.ExecuteAsync(made, context);
        }

        return made.AddRange(unchanged);
    }

    private static Document Unrendered(Document doc, LinkFacts? facts)
    {
        var released = doc.Release();
        if (doc.Get<PageModel>(PageModel.MetadataKey) is { } page)
        {
            // As RenderPages leaves it: the page's object is made only to render it.
            released = released.With(PageModel.MetadataKey, page with { MakeObject = null });
        }

        return LinkFacts.WithCheckedFacts(released, facts);
    }
}

/// <summary>
/// The files of the last build that no pipeline of a partial build makes (the theme's and the site's assets, QR codes,
/// scripts: what a term edit cannot change), as unrendered documents with their link facts, so the link check and the
/// permalink guard see every file the output holds. Runs after every other pipeline that makes files.
/// </summary>
/// <param name="earlier">Every file the last build made and the pipeline that made it, with its link facts for a page.</param>
/// <param name="fill">The pipelines whose files, when not made now, are the last build's (not run, or run without some of their input modules).</param>
/// <param name="missing">Files of other pipelines that were not made now: the set of files changed.</param>
public sealed class CachedFiles(
    IReadOnlyList<(string Path, string Pipeline, LinkFacts? Facts)> earlier,
    FrozenSet<string> fill,
    IReadOnlyList<string> pipelines,
    ConcurrentBag<string> missing) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var made = pipelines.SelectMany(p => context.OutputsOf(p)).Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var docs = ImmutableArray.CreateBuilder<Document>();
        foreach (var (path, pipeline, facts) in earlier)
        {
            if (made.Contains(path))
            {
                continue;
            }

            if (!fill.Contains(pipeline))
            {
                missing.Add(path);
                continue;
            }

            var doc = Document.FromBytes(path, default).Release();
            docs.Add(LinkFacts.WithCheckedFacts(doc, facts));
        }

        return Task.FromResult(inputs.AddRange(docs));
    }
}
