using System.Collections.Concurrent;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Links;

/// <summary>
/// Notes a rendered page's element ids and the URLs it links to, so links can be checked after
/// the page itself has been written and let go.
/// </summary>
/// <param name="pool">
/// One string per distinct URL, shared by every pipeline of a build: a term's URL is linked from
/// its own pages, its role, industry and process pages and the pages mentioning it, and a pool per
/// pipeline kept 570,000 entries at 10,000 terms where the site has far fewer URLs.
/// </param>
public sealed class CollectLinks(ConcurrentDictionary<string, string> pool) : ParallelModule<SiteModel>
{
    protected override IEnumerable<Document> Execute(Document input, PipelineContext<SiteModel> context) =>
        !input.IsReleased && input.Destination.EndsWith(".html", StringComparison.Ordinal)
            ? [input.With(LinkFacts.MetadataKey, LinkFacts.Of(input.Bytes.Span, pool))]
            : [input];
}
