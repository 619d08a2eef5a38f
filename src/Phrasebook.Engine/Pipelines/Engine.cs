using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// Runs pipelines in dependency order, independent ones concurrently, and times every phase.
/// Modules write as they go (<see cref="Modules.WriteAndRelease{TModel}"/>) into a staging folder the host
/// swaps in only when no error was reported, so a failed build leaves the previous output as it was.
/// </summary>
/// <typeparam name="TModel">The host's model of the build, handed to every module as <see cref="PipelineContext{TModel}.Model"/>.</typeparam>
public sealed class Engine<TModel>
{
    private readonly ImmutableArray<Pipeline<TModel>> _pipelines;
    private readonly EngineOptions _options;
    private readonly TModel _model;
    private readonly TaskScheduler _workers;

    public Engine(IEnumerable<Pipeline<TModel>> pipelines, EngineOptions options, TModel model)
    {
        _pipelines = [.. pipelines];
        _options = options;
        _model = model;
        _workers = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, options.MaxParallelism).ConcurrentScheduler;
        PipelineGraph.Validate(_pipelines);
    }

    public async Task<EngineResult> RunAsync(DiagnosticBag diagnostics)
    {
        var outputs = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        var timings = new ConcurrentBag<PhaseTiming>();
        var total = Stopwatch.StartNew();

        await RunInputAndProcessAsync(outputs, timings, diagnostics);

        // PostProcess modules see every pipeline's Process output, so results are swapped in only after all finish.
        var post = new ConcurrentDictionary<string, ImmutableArray<Document>>(StringComparer.Ordinal);
        await Task.WhenAll(_pipelines.Select(p => Task.Run(async () =>
            post[p.Name] = await RunPhaseAsync(p, Phase.PostProcess, outputs[p.Name], outputs, timings, diagnostics))));
        foreach (var (name, docs) in post)
        {
            outputs[name] = docs;
        }

        total.Stop();
        return new EngineResult(
            outputs.ToImmutableSortedDictionary(StringComparer.Ordinal),
            [.. timings.OrderBy(t => t.Pipeline, StringComparer.Ordinal).ThenBy(t => t.Phase)],
            total.Elapsed);
    }

    private async Task RunInputAndProcessAsync(
        ConcurrentDictionary<string, ImmutableArray<Document>> outputs,
        ConcurrentBag<PhaseTiming> timings,
        DiagnosticBag diagnostics)
    {
        var tasks = new Dictionary<string, Task>(StringComparer.Ordinal);
        foreach (var pipeline in PipelineGraph.TopologicalOrder(_pipelines))
        {
            var dependencies = pipeline.Dependencies.Select(d => tasks[d]).ToArray();
            tasks[pipeline.Name] = Task.Run(async () =>
            {
                await Task.WhenAll(dependencies);
                var docs = await RunPhaseAsync(pipeline, Phase.Input, [], outputs, timings, diagnostics);
                outputs[pipeline.Name] = await RunPhaseAsync(pipeline, Phase.Process, docs, outputs, timings, diagnostics);
            });
        }

        await Task.WhenAll(tasks.Values);
    }

    private async Task<ImmutableArray<Document>> RunPhaseAsync(
        Pipeline<TModel> pipeline,
        Phase phase,
        ImmutableArray<Document> documents,
        ConcurrentDictionary<string, ImmutableArray<Document>> outputs,
        ConcurrentBag<PhaseTiming> timings,
        DiagnosticBag diagnostics)
    {
        var modules = pipeline.ModulesOf(phase);
        if (modules.IsEmpty)
        {
            return documents;
        }

        var context = new PipelineContext<TModel>(pipeline.Name, phase, outputs, _model, _options, _workers, diagnostics);
        var watch = Stopwatch.StartNew();
        foreach (var module in modules)
        {
            _options.CancellationToken.ThrowIfCancellationRequested();
            documents = await module.ExecuteAsync(documents, context);
        }

        timings.Add(new PhaseTiming(pipeline.Name, phase, documents.Length, watch.Elapsed));
        return documents;
    }
}
