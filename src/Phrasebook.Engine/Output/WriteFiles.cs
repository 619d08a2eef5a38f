using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;

namespace Phrasebook.Engine.Output;

/// <summary>Writes every document to the (staging) output folder, in parallel within the engine's bound.</summary>
public sealed class WriteFiles : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        if (context.OutputFolder is not { } folder)
        {
            return Task.FromResult(inputs);
        }

        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken };
        Parallel.ForEach(inputs.Where(d => !d.IsReleased), options, folder.Write);
        return Task.FromResult(inputs);
    }
}
