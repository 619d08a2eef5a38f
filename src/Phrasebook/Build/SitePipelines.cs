using System.Collections.Concurrent;
using Phrasebook.Engine.Output;
using Phrasebook.Engine.Pipelines;
using Phrasebook.History;
using Phrasebook.InvoiceCodes;
using Phrasebook.Links;
using Phrasebook.Pages;
using Phrasebook.Permalinks;
using Phrasebook.Publishing;
using Phrasebook.Rendering;
using Phrasebook.Search;

namespace Phrasebook.Build;

/// <summary>The site, as a table of contents: which pipeline makes which pages, and from what.</summary>
public static class SitePipelines
{
    /// <summary>Checks permalinks.txt; its one document is the file with new URLs added (never written to the output).</summary>
    public const string PermalinksPipeline = "Permalinks";

    public static IReadOnlyList<Pipeline> Create(string root)
    {
        var urls = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Pipeline Pages(string name, params IModule[] create) => Written(name, create, urls, new RenderPages());

        Pipeline[] pages =
        [
            Pages("Terms", new CreateTermPages(), new CreateRedirectPages()),
            Pages("Codes", new CreateCodePages(), new CreateRetiredCodePages(), new CreateShortLinks()),
            Pages("Roles", new CreateRolePages()),
            Pages("Industries", new CreateIndustryPages()),
            Pages("Processes", new CreateProcessPages()),
            Pages("Changes", new CreateChangesPages(), new WriteChangeFeeds()),
            Pages("Pages", new CreateHomePages(), new CreateFreePages(), new CreateIndexPages(), new CreateSearchPages(), new CreateInvoicePages()),
        ];
        var pageNames = pages.Select(p => p.Name).ToArray();

        return
        [
            .. pages,
            Written("Assets", [new CopyAssets(root), new WriteHeaders()], urls),
            Written("CodeData", [new WriteCodeData(), new WriteQrCodes(), new WriteRedirects()], urls),
            Written("Search", [new PlanSearchFiles(), new CopySearchScripts()], urls, new BuildSearchIndex()),
            new Pipeline("Links")
                .WithPostProcess(new CheckLinks(root)),
            new Pipeline(PermalinksPipeline)
                .WithPostProcess(new GuardPermalinks(root)),
            Written("Sitemap", [new WriteSitemap(pageNames)], urls)
                .DependsOn(pageNames),
        ];
    }

    /// <summary>
    /// Every pipeline that makes files writes each as soon as it is made (<paramref name="make"/>, then
    /// its links noted) and lets it go, pages and other files alike (search indexes of tens of megabytes,
    /// a QR code per invoice code): the whole site's worth held until a final writing phase was a few hundred
    /// megabytes at 10,000 terms.
    /// </summary>
    private static Pipeline Written(string name, IModule[] create, ConcurrentDictionary<string, string> urls, params ParallelModule[] make) =>
        new Pipeline(name)
            .WithInput(create)
            .WithProcess(new ForEachDocument([.. make, new CollectLinks(urls), new WriteAndRelease()]));
}
