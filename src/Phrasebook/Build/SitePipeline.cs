using System.Collections.Immutable;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Build;

/// <summary>What the preview reruns of a pipeline when only term files changed (their terms keeping their identities).</summary>
public enum TermEditRerun
{
    /// <summary>Nothing: a term edit cannot change what it makes (assets, the sitemap: the same pages exist) or a full build checks it (links, permalinks).</summary>
    Skip,

    /// <summary>The pages the edit affects, and its other files (data files; search files of the languages whose text changed).</summary>
    AffectedFiles,

    /// <summary>As <see cref="AffectedFiles"/>; it also makes the edited terms' own pages, which the preview renders first, alone, so they reload at once.</summary>
    OwnPagesFirst,

    /// <summary>Every file it makes: few pages, most of them listing every term.</summary>
    Whole,
}

/// <summary>
/// One row of the site's pipeline table: the engine's pipeline and how the preview treats it on a term
/// edit, so the preview's partial build is derived from the table rather than from names listed elsewhere.
/// </summary>
public sealed record SitePipeline(Pipeline<SiteModel> Pipeline)
{
    public string Name => Pipeline.Name;

    public TermEditRerun TermEdit { get; private init; } = TermEditRerun.Skip;

    /// <summary>Input modules the preview leaves out (their files cannot change on a term edit, or the preview does not serve them from memory).</summary>
    public ImmutableArray<Type> SkippedInPreview { get; private init; } = [];

    /// <summary>Declares what a term edit reruns of this pipeline.</summary>
    public SitePipeline OnTermEdit(TermEditRerun rerun) => this with { TermEdit = rerun };

    /// <summary>Declares an input module the preview's partial builds leave out.</summary>
    public SitePipeline SkipInPreview<TModule>()
        where TModule : IModule<SiteModel> =>
        Pipeline.Input.Any(m => m is TModule)
            ? this with { SkippedInPreview = SkippedInPreview.Add(typeof(TModule)) }
            : throw new InvalidOperationException($"Pipeline '{Name}' has no input module {typeof(TModule).Name} for the preview to skip.");

    /// <summary>The input modules a preview runs.</summary>
    public IEnumerable<IModule<SiteModel>> PreviewInput => Pipeline.Input.Where(m => !SkippedInPreview.Contains(m.GetType()));
}

/// <summary>Turns an engine pipeline into a row of the site's table.</summary>
public static class SitePipelineDeclarations
{
    /// <summary>Declares what a term edit reruns of <paramref name="pipeline"/>.</summary>
    public static SitePipeline OnTermEdit(this Pipeline<SiteModel> pipeline, TermEditRerun rerun) => new SitePipeline(pipeline).OnTermEdit(rerun);
}
