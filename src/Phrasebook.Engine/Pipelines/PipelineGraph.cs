using System.Collections.Immutable;

namespace Phrasebook.Engine.Pipelines;

/// <summary>Checks a set of pipelines for unknown dependencies and cycles, and orders them.</summary>
internal static class PipelineGraph
{
    public static void Validate<TModel>(ImmutableArray<Pipeline<TModel>> pipelines)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var p in pipelines)
        {
            if (!names.Add(p.Name))
            {
                throw new InvalidOperationException($"Two pipelines are named '{p.Name}'.");
            }
        }

        foreach (var p in pipelines)
        {
            foreach (var d in p.Dependencies.Where(d => !names.Contains(d)))
            {
                throw new InvalidOperationException($"Pipeline '{p.Name}' depends on '{d}', which does not exist.");
            }
        }

        _ = TopologicalOrder(pipelines);
    }

    /// <summary>Dependencies first; ties keep declaration order so runs are reproducible.</summary>
    public static IReadOnlyList<Pipeline<TModel>> TopologicalOrder<TModel>(ImmutableArray<Pipeline<TModel>> pipelines)
    {
        var byName = pipelines.ToDictionary(p => p.Name, StringComparer.Ordinal);
        var state = new Dictionary<string, bool>(StringComparer.Ordinal); // false: visiting, true: done
        var order = new List<Pipeline<TModel>>(pipelines.Length);

        void Visit(Pipeline<TModel> p, string path)
        {
            if (state.TryGetValue(p.Name, out var done))
            {
                if (!done)
                {
                    throw new InvalidOperationException($"Pipelines depend on each other in a cycle: {path} -> {p.Name}.");
                }

                return;
            }

            state[p.Name] = false;
            foreach (var d in p.Dependencies)
            {
                Visit(byName[d], path.Length == 0 ? p.Name : $"{path} -> {p.Name}");
            }

            state[p.Name] = true;
            order.Add(p);
        }

        foreach (var p in pipelines)
        {
            Visit(p, "");
        }

        return order;
    }
}
