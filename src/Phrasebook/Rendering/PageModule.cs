using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Rendering;

/// <summary>
/// Base of the Create*Pages modules: asks for the pages of each site language (languages in
/// parallel) and turns them into documents that RenderPages renders.
/// </summary>
public abstract class PageModule : IModule<SiteModel>
{
    public async Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var model = context.Model;
        var site = model.Index;
        var languages = site.Settings.Languages;
        var perLanguage = new List<PageModel>[languages.Length];
        await context.ForEachAsync(languages.Length, i => perLanguage[i] = [.. Pages(model, model.Views.For(languages[i]).Views)]);
        // Appends to its input, so several Create*Pages modules can follow each other in one pipeline.
        return inputs.AddRange(perLanguage
            .SelectMany(p => p)
            .Select(p => Document.FromText(site.Urls.FileOf(p.Url), "", p.SourcePath).With(PageModel.MetadataKey, p)));
    }

    /// <summary>The pages of one language (<see cref="ViewFactory.Lang"/>).</summary>
    protected abstract IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view);
}
