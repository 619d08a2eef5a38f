using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;
using Phrasebook.Search;
using Phrasebook.Site;

namespace Phrasebook.Incremental;

/// <summary>
/// Drops the pages an edit does not affect before they are rendered: creating a page's model is cheap,
/// rendering it is not. Documents that are not pages (codes.json, feeds) pass when
/// <paramref name="keepOthers"/> is set, and search files when their language is one of
/// <paramref name="searchLanguages"/> too.
/// </summary>
public sealed class KeepPages(FrozenSet<string> files, FrozenSet<string> wholePipelines, bool keepOthers, FrozenSet<string> searchLanguages) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
        Task.FromResult(wholePipelines.Contains(context.Pipeline) ? inputs : inputs.Where(Keep).ToImmutableArray());

    /// <summary>Whether <paramref name="doc"/>, made by <paramref name="pipeline"/>, passes.</summary>
    public bool Keeps(Document doc, string pipeline) => wholePipelines.Contains(pipeline) || Keep(doc);

    private bool Keep(Document doc) =>
        doc.Get<PageModel>(PageModel.MetadataKey) is not null ? files.Contains(doc.Destination)
        : doc.Get<SearchFile>(SearchFile.MetadataKey) is { } search ? keepOthers && searchLanguages.Contains(search.Language)
        : keepOthers;
}
