using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Search.Files;
using Phrasebook.Site;

namespace Phrasebook.Search;

/// <summary>Publishes the embedded lunr scripts (and their licences) under search/lunr/.</summary>
public sealed class CopySearchScripts : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
        Task.FromResult(inputs.AddRange(SearchScripts.All().Select(s => Document.FromBytes(SearchScripts.Folder + s.Name, s.Bytes))));
}
