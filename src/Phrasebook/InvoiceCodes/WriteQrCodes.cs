using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>/c/{slug}/qr.svg: a QR code of the absolute short link, for printing on invoices.</summary>
public sealed class WriteQrCodes : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteIndex>();
        var codes = CodeEntry.All(site);
        var docs = new Document[codes.Count];
        Parallel.For(0, codes.Count, new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism }, i =>
        {
            var c = codes[i];
            docs[i] = Document.FromText($"{site.Urls.FileOf(site.Urls.ShortLink(c.Slug))[..^"index.html".Length]}{CodeEntry.QrPath}", QrSvg.Of(c.ShortUrl, c.Code));
        });
        return Task.FromResult(inputs.AddRange(docs));
    }
}
