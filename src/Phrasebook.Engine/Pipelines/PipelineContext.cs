using System.Collections.Concurrent;
using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Output;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// What a module may see: the diagnostics bag, the outputs of pipelines that ran before it,
/// the host's model of the build (<typeparamref name="TModel"/>: for the site, its content and
/// everything derived from it once), and the output folder.
/// </summary>
/// <typeparam name="TModel">The host's immutable model; typed, so a module cannot ask for something the host did not make.</typeparam>
public sealed class PipelineContext<TModel>
{
    private readonly ConcurrentDictionary<string, ImmutableArray<Document>> _outputs;
    private readonly TaskScheduler _workers;

    internal PipelineContext(
        string pipeline,
        Phase phase,
        ConcurrentDictionary<string, ImmutableArray<Document>> outputs,
        TModel model,
        EngineOptions options,
        TaskScheduler workers,
        DiagnosticBag diagnostics)
    {
        _workers = workers;
        Pipeline = pipeline;
        Phase = phase;
        _outputs = outputs;
        Model = model;
        Diagnostics = diagnostics;
        MaxParallelism = options.MaxParallelism;
        OutputFolder = options.OutputFolder;
        ReleaseUnwritten = options.ReleaseUnwritten;
        CancellationToken = options.CancellationToken;
    }

    public string Pipeline { get; }

    public Phase Phase { get; }

    /// <summary>The build's model, the same for every pipeline and module of one run.</summary>
    public TModel Model { get; }

    public DiagnosticBag Diagnostics { get; }

    public int MaxParallelism { get; }

    /// <summary>Where documents are written: a staging folder that the host swaps in on success; null when nothing may be written.</summary>
    public OutputFolder? OutputFolder { get; }

    /// <summary>With no output folder, documents are let go once made instead of kept (see <see cref="EngineOptions.ReleaseUnwritten"/>).</summary>
    public bool ReleaseUnwritten { get; }

    /// <summary>Nothing keeps a document once made (a check): neither written nor held. A module may then skip making what has nothing to check.</summary>
    public bool KeepsNothing => OutputFolder is null && ReleaseUnwritten;

    /// <summary>Documents are kept once made, with their content, for the host to serve (the preview): nothing writes or lets them go.</summary>
    public bool KeepsDocuments => OutputFolder is null && !ReleaseUnwritten;

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Runs <paramref name="body"/> for 0 to <paramref name="count"/> - 1 on the engine's workers: at most
    /// <see cref="MaxParallelism"/> at a time across every pipeline, not per pipeline. Independent
    /// pipelines run at the same time; each with its own bound, ten pipelines ran twenty pages at once on
    /// two cores, each page's views and buffers alive while it waited for a core.
    /// </summary>
    public Task ForEachAsync(int count, Action<int> body)
    {
        var tasks = new Task[count];
        for (var i = 0; i < count; i++)
        {
            var index = i;
            // HideScheduler: work started inside body (PLINQ, Parallel.For) goes to the thread pool, not back into this bound.
            tasks[i] = Task.Factory.StartNew(() => body(index), CancellationToken, TaskCreationOptions.HideScheduler, _workers);
        }

        return Task.WhenAll(tasks);
    }

    /// <summary>The latest documents of another pipeline (a declared dependency, or any pipeline in PostProcess).</summary>
    public ImmutableArray<Document> OutputsOf(string pipeline) =>
        _outputs.TryGetValue(pipeline, out var docs) ? docs : [];

    /// <summary>The documents of every pipeline except this one, in pipeline name order.</summary>
    public IEnumerable<Document> AllOutputs() =>
        _outputs.OrderBy(p => p.Key, StringComparer.Ordinal).SelectMany(p => p.Value);
}
