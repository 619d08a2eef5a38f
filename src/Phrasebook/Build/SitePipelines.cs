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
            new Pipeline("Assets")
                .WithInput(new CopyAssets(root))
                .WithOutput(new WriteFiles()),
            new Pipeline("CodeData")
                .WithInput(new WriteCodeData(), new WriteQrCodes(), new WriteRedirects())
                .WithOutput(new WriteFiles()),
            new Pipeline("Search")
                .WithInput(new BuildSearchIndex(), new CopySearchScripts())
                .WithOutput(new WriteFiles()),
            new Pipeline("Links")
                .WithPostProcess(new CheckLinks()),
            new Pipeline(PermalinksPipeline)
                .WithPostProcess(new GuardPermalinks(root)),
            new Pipeline("Sitemap")
                .DependsOn(pageNames)
                .WithInput(new WriteSitemap(pageNames))
                .WithOutput(new WriteFiles()),
        ];
    }

    private static Pipeline Pages(string name, params IModule[] create) =>
        new Pipeline(name)
            .WithInput(create)
            .WithProcess(new ForEachDocument(new RenderPages(), new CollectLinks(), new WriteAndRelease()));
}
