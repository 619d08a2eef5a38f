using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// Publishes pdf.js (embedded from npm at tool build time, pinned by InvoiceCodes/web/package-lock.json)
/// under pdfjs/: the "explain my invoice" page reads a dropped PDF invoice with it, in the reader's
/// browser. Published as .js, not .mjs, so every static host serves the modules as JavaScript.
/// </summary>
public sealed class CopyPdfScripts : IModule<SiteModel>
{
    public const string Folder = "pdfjs/";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
        Task.FromResult(inputs.AddRange(All().Select(s => Document.FromBytes(Folder + s.Name, s.Bytes))));

    /// <summary>The embedded files (pdf.min.js, pdf.worker.min.js, the licence).</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        var assembly = typeof(CopyPdfScripts).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith(Folder, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return (name[Folder.Length..], memory.ToArray());
        }
    }
}
