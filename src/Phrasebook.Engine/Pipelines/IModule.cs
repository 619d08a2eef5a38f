using System.Collections.Immutable;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Pipelines;

/// <summary>One step of a pipeline, named as a verb and a noun (RenderPages, WriteAndRelease).</summary>
public interface IModule<TModel>
{
    Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<TModel> context);
}
