using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>/c/{slug}/qr.svg: a QR code of the absolute short link, for printing on invoices.</summary>
public sealed class WriteQrCodes : IModule<SiteModel>
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var codes = context.Model.CodeEntries;
        var docs = new Document[codes.Count];
        await context.ForEachAsync(codes.Count, i =>
        {
            var c = codes[i];
            docs[i] = Document.FromText($"{site.Urls.FileOf(site.Urls.ShortLink(c.Slug))[..^"index.html".Length]}{CodeEntry.QrPath}", QrSvg.Of(c.ShortUrl, c.Code));
        });
        return inputs.AddRange(docs);
    }
}
