using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Rendering;

/// <summary>
/// Base of the Create*Pages modules: asks for the pages of each site language (languages in
/// parallel) and turns them into documents that RenderPages renders. <see cref="Only"/> makes the
/// same module list just some of its pages (the preview's term edit).
/// </summary>
public abstract class PageModule : IModule<SiteModel>
{
    private FrozenSet<string>? _only;
    private FrozenSet<string>? _rendering;

    /// <summary>
    /// This module, listing only the pages whose output files are in <paramref name="files"/>. The preview renders the few
    /// pages a term edit changes: listing the 30,000 term pages and 32,000 code pages of a 10,000-term site to drop all
    /// but a handful took it most of the time of an edit's first step.
    /// </summary>
    public PageModule Only(FrozenSet<string> files)
    {
        var copy = (PageModule)MemberwiseClone();
        copy._only = files;
        return copy;
    }

    /// <summary>
    /// This module, listing every page, of which only those whose output files are in <paramref name="files"/> will be
    /// rendered (<see cref="WantedPages.Renders"/>): what a page keeps for another is kept only when both are rendered.
    /// </summary>
    public PageModule Rendering(FrozenSet<string> files)
    {
        var copy = (PageModule)MemberwiseClone();
        copy._rendering = files;
        return copy;
    }

    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var model = context.Model;
        var site = model.Index;
        var languages = site.Settings.Languages;
        var wanted = _only is not null ? new WantedPages(site.Urls, _only) : _rendering is not null ? WantedPages.Rendering(site.Urls, _rendering) : WantedPages.All;
        var perLanguage = new List<Document>[languages.Length];
        await context.ForEachAsync(languages.Length, i => perLanguage[i] =
        [
            .. Pages(model, model.Views.For(languages[i]).Views, wanted)
                .Select(p => Document.FromText(site.Urls.FileOf(p.Url), "", p.SourcePath).With(PageModel.MetadataKey, p))
                .Where(d => _only is null || _only.Contains(d.Destination)),
        ]);

        // Appends to its input, so several Create*Pages modules can follow each other in one pipeline.
        return inputs.AddRange(perLanguage.SelectMany(p => p));
    }

    /// <summary>
    /// The pages of one language (<see cref="ViewFactory.Lang"/>) that <paramref name="wanted"/> asks for; others may be
    /// listed too (they are dropped). Modules with a page per term or code skip the others before making them.
    /// </summary>
    protected abstract IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted);
}
