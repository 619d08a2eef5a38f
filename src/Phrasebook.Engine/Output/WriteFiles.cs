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

        var root = Path.GetFullPath(folder);
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism, CancellationToken = context.CancellationToken };
        Parallel.ForEach(inputs.Where(d => !d.IsReleased), options, doc => Write(root, doc));
        return Task.FromResult(inputs);
    }

    internal static void Write(string root, Document doc)
    {
        var path = Path.GetFullPath(Path.Combine(root, doc.Destination));
        if (!path.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"Refusing to write '{doc.Destination}' outside the output folder.");
        }

        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16);
        stream.Write(doc.Bytes.Span);
    }
}
