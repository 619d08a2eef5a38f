using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;

namespace Phrasebook.Preview.Incremental;

/// <summary>
/// Drops the pages an edit does not affect before they are rendered: creating a page's model is cheap,
/// rendering it is not. Documents that are not pages (codes.json, the search index, feeds) pass when
/// <paramref name="keepOthers"/> is set.
/// </summary>
public sealed class KeepPages(FrozenSet<string> files, FrozenSet<string> wholePipelines, bool keepOthers) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(wholePipelines.Contains(context.Pipeline)
            ? inputs
            : inputs.Where(d => (keepOthers && d.Get<PageModel>(PageModel.MetadataKey) is null) || files.Contains(d.Destination)).ToImmutableArray());
}
