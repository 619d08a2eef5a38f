using System.Collections.Concurrent;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;

namespace Phrasebook.Links;

/// <summary>
/// Notes a rendered page's element ids and the URLs it links to, so links can be checked after
/// the page itself has been written and let go.
/// </summary>
public sealed class CollectLinks : ParallelModule
{
    private readonly ConcurrentDictionary<string, string> _pool = new(StringComparer.Ordinal);

    protected override IEnumerable<Document> Execute(Document input, PipelineContext context) =>
        !input.IsReleased && input.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? [input.With(LinkFacts.MetadataKey, LinkFacts.Of(input.Bytes.Span, _pool))]
            : [input];
}
