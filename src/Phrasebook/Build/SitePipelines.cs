using System.Collections.Concurrent;
using Phrasebook.Changes;
using Phrasebook.Engine.Modules;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Industries;
using Phrasebook.InvoiceCodes;
using Phrasebook.Links;
using Phrasebook.Pages;
using Phrasebook.Permalinks;
using Phrasebook.Processes;
using Phrasebook.Publishing;
using Phrasebook.Rendering;
using Phrasebook.Roles;
using Phrasebook.Search;
using Phrasebook.Site;
using Phrasebook.Terms;

namespace Phrasebook.Build;

/// <summary>
/// The site, as a table of contents: which pipeline makes which pages, from what, and what the
/// preview reruns of it when term files change (<see cref="TermEditRerun"/>).
/// </summary>
public static class SitePipelines
{
    public static IReadOnlyList<SitePipeline> Create(string root)
    {
        var urls = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        Pipeline<SiteModel> Pages(string name, params IModule<SiteModel>[] create) => Written(name, create, urls, new RenderPages());

        SitePipeline[] pages =
        [
            Pages(PipelineNames.Terms, new CreateTermPages(), new CreateRedirectPages()).OnTermEdit(TermEditRerun.OwnPagesFirst),
            Pages(PipelineNames.Codes, new CreateCodePages(), new CreateRetiredCodePages(), new CreateShortLinks()).OnTermEdit(TermEditRerun.OwnPagesFirst),
            Pages(PipelineNames.Roles, new CreateRolePages()).OnTermEdit(TermEditRerun.AffectedFiles),
            Pages(PipelineNames.Industries, new CreateIndustryPages()).OnTermEdit(TermEditRerun.AffectedFiles),
            Pages(PipelineNames.Processes, new CreateProcessPages()).OnTermEdit(TermEditRerun.AffectedFiles),
            Pages(PipelineNames.Changes, new CreateChangesPages(), new WriteChangeFeeds()).OnTermEdit(TermEditRerun.AffectedFiles),
            Pages(PipelineNames.Pages, new CreateHomePages(), new CreateFreePages(), new CreateIndexPages(), new CreateSearchPages(), new CreateInvoicePages()).OnTermEdit(TermEditRerun.Whole),
        ];
        var pageNames = pages.Select(p => p.Name).ToArray();

        return
        [
            .. pages,
            Written(PipelineNames.Assets, [new CopyAssets(root), new WriteHeaders()], urls).OnTermEdit(TermEditRerun.Skip),
            Written(PipelineNames.CodeData, [new WriteCodeData(), new WriteQrCodes(), new WriteRedirects(), new CopyPdfScripts()], urls).OnTermEdit(TermEditRerun.AffectedFiles)
                .SkipInPreview<WriteQrCodes>().SkipInPreview<CopyPdfScripts>(),
            Written(PipelineNames.Search, [new PlanSearchFiles(), new CopySearchScripts()], urls, new BuildSearchIndex()).OnTermEdit(TermEditRerun.AffectedFiles)
                .SkipInPreview<CopySearchScripts>(),
            new Pipeline<SiteModel>(PipelineNames.Links)
                .WithPostProcess(new CheckLinks(root)).OnTermEdit(TermEditRerun.Skip),
            new Pipeline<SiteModel>(PipelineNames.Permalinks)
                .WithPostProcess(new GuardPermalinks(root)).OnTermEdit(TermEditRerun.Skip),
            Written(PipelineNames.Sitemap, [new WriteSitemap(pageNames)], urls)
                .DependsOn(pageNames).OnTermEdit(TermEditRerun.Skip),
        ];
    }

    /// <summary>
    /// Every pipeline that makes files writes each as soon as it is made (<paramref name="make"/>, then
    /// its links noted) and lets it go, pages and other files alike (search indexes of tens of megabytes,
    /// a QR code per invoice code): the whole site's worth held until a final writing phase was a few hundred
    /// megabytes at 10,000 terms.
    /// </summary>
    private static Pipeline<SiteModel> Written(string name, IModule<SiteModel>[] create, ConcurrentDictionary<string, string> urls, params ParallelModule<SiteModel>[] make) =>
        new Pipeline<SiteModel>(name)
            .WithInput(create)
            .WithProcess(new ForEachDocument<SiteModel>([.. make, new MakeDataFiles(), new CollectLinks(urls), new WriteAndRelease<SiteModel>()]));
}
