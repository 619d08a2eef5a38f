using System.Collections.Immutable;
using System.Text;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.InvoiceCodes;
using Phrasebook.Site;
using Phrasebook.Theming;

namespace Phrasebook.Publishing;

/// <summary>
/// _headers for hosts that read it (Netlify, Cloudflare Pages): the pages' Content-Security-Policy with
/// what a &lt;meta&gt; cannot say (frame-ancestors), nosniff, and for /assets/ (content from pull
/// requests) a policy under which nothing runs, even an SVG opened on its own. Other hosts: docs/security.md.
/// </summary>
public sealed class WriteHeaders : IModule<SiteModel>
{
    public const string FileName = "_headers";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var theme = context.Model.Theme;
        var root = site.Urls.Root;
        var text = new StringBuilder()
            .Append("# Security headers (docs/security.md), for hosts that read _headers (Netlify, Cloudflare Pages).\n")
            .Append(root).Append("*\n")
            .Append("  Content-Security-Policy: ").Append(theme.ContentSecurityPolicy).Append("; frame-ancestors 'self'\n")
            .Append("  X-Content-Type-Options: nosniff\n")
            .Append("  X-Frame-Options: SAMEORIGIN\n")
            .Append("  Referrer-Policy: strict-origin-when-cross-origin\n")
            .Append(root).Append("assets/*\n")
            .Append("  Content-Security-Policy: ").Append(ContentSecurityPolicy.ForAssets).Append('\n')
            .Append(CrossOriginHeaders.Rules(root))
            .ToString();
        return Task.FromResult(inputs.Add(Document.FromText(FileName, text)));
    }
}
