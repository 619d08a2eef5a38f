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
            Files("Assets", new CopyAssets(root)),
            Files("CodeData", new WriteCodeData(), new WriteQrCodes(), new WriteRedirects()),
            new Pipeline("Search")
                .WithInput(new PlanSearchFiles(), new CopySearchScripts())
                .WithProcess(new ForEachDocument(new BuildSearchIndex(), new CollectLinks(), new WriteAndRelease())),
            new Pipeline("Links")
                .WithPostProcess(new CheckLinks()),
            new Pipeline(PermalinksPipeline)
                .WithPostProcess(new GuardPermalinks(root)),
            Files("Sitemap", new WriteSitemap(pageNames))
                .DependsOn(pageNames),
        ];
    }

    /// <summary>
    /// Files other than pages (search indexes of tens of megabytes, a QR code per invoice code) are
    /// written as they are made too, not held until the Output phase: the whole site's worth of them
    /// in memory at once was a few hundred megabytes at 10,000 terms.
    /// </summary>
    private static Pipeline Files(string name, params IModule[] create) =>
        new Pipeline(name)
            .WithInput(create)
            .WithProcess(new ForEachDocument(new CollectLinks(), new WriteAndRelease()));

    private static Pipeline Pages(string name, params IModule[] create) =>
        new Pipeline(name)
            .WithInput(create)
            .WithProcess(new ForEachDocument(new RenderPages(), new CollectLinks(), new WriteAndRelease()));
}
