using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// _headers (Netlify, Cloudflare Pages): codes.json and codes.csv may be read from any origin, so a
/// customer portal or e-invoice viewer can show the explanations with theme/embed.js (docs/embed.md).
/// The data is public and read without cookies, so any origin is safe.
/// </summary>
public sealed class WriteCrossOriginHeaders : IModule
{
    public const string FileName = "_headers";

    /// <summary>The rules, also for a _headers file that other modules add to.</summary>
    public static string Rules(string root) =>
        "# Invoice-code data readable from other sites (docs/embed.md).\n"
        + $"{root}codes.json\n  Access-Control-Allow-Origin: *\n"
        + $"{root}codes.csv\n  Access-Control-Allow-Origin: *\n";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context) =>
        Task.FromResult(inputs.Add(Document.FromText(FileName, Rules(context.Get<SiteIndex>().Urls.Root))));
}
