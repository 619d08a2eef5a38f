using Phrasebook.Engine.Output;

namespace Phrasebook.Engine.Pipelines;

public sealed record EngineOptions
{
    /// <summary>Bound on documents processed at once; the default leaves one core to the OS on small machines.</summary>
    public int MaxParallelism { get; init; } = Math.Max(1, Environment.ProcessorCount);

    /// <summary>Where documents are written; null for a run that must write nothing (a check).</summary>
    public OutputFolder? OutputFolder { get; init; }

    /// <summary>Without an output folder, let documents go once made (a check of a large site keeps their link facts, not their pages).</summary>
    public bool ReleaseUnwritten { get; init; }

    public CancellationToken CancellationToken { get; init; }
}
