using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// Runs several per-document steps on one document before starting the next, so a page can be
/// rendered, inspected and written while only a handful of pages are in memory at once (with
/// separate modules every page of the pipeline would be held between two steps).
/// </summary>
public sealed class ForEachDocument<TModel>(params ParallelModule<TModel>[] steps) : ParallelModule<TModel>
{
    protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<TModel> context)
    {
        IEnumerable<Document> current = [input];
        foreach (var step in steps)
        {
            current = [.. current.SelectMany(d => step.Execute(d, context))];
        }

        return current;
    }
}
