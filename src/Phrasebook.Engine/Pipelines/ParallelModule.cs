using System.Collections.Immutable;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// A module that maps each document on its own, in parallel with the engine's bound
/// (unlike Statiq's unbounded per-document parallelism). Order of the output follows the input.
/// </summary>
public abstract class ParallelModule<TModel> : IModule<TModel>
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<TModel> context)
    {
        var results = new IEnumerable<Document>[inputs.Length];
        // Materialised on the worker: an iterator returned unread would run later on one thread.
        await context.ForEachAsync(inputs.Length, i => results[i] = [.. Execute(inputs[i], context)]);
        return results.SelectMany(r => r).ToImmutableArray();
    }

    /// <summary>Maps one document to zero or more documents.</summary>
    protected internal abstract IEnumerable<Document> Execute(Document input, PipelineContext<TModel> context);
}
