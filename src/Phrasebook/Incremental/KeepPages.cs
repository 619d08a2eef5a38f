using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;
using Phrasebook.Search;
using Phrasebook.Site;

namespace Phrasebook.Incremental;

/// <summary>
/// Drops the pages an edit does not affect before they are rendered: creating a page's model is cheap,
/// rendering it is not. A pipeline in <paramref name="wholePipelines"/> keeps every page in the
/// <paramref name="languages"/> the edit changed (and the language-neutral root pages). Documents that are not
/// pages (codes.json, feeds) pass when <paramref name="keepOthers"/> is set: search files when their language is
/// one of <paramref name="searchLanguages"/>, files of one language (<see cref="DataFile.Language"/>) when it is one of
/// <paramref name="languages"/>; what else a data file shows decides the rest (<see cref="DataFileShows"/>: the sitemap
/// when <paramref name="historyChanged"/>, _redirects never). The words index (search/{lang}/index.json) never passes:
/// every one of its fields is part of a term's identity (titles, abbreviations, codes, customer and role words;
/// <see cref="TermEdit.Identity"/>), and an edit that changes an identity is a full build. It was a second of CPU for a
/// file that came out the same.
/// </summary>
public sealed class KeepPages(
    FrozenSet<string> files,
    FrozenSet<string> wholePipelines,
    bool keepOthers,
    FrozenSet<string> languages,
    FrozenSet<string> searchLanguages,
    bool historyChanged) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
        Task.FromResult(inputs.Where(d => Keeps(d, context.Pipeline)).ToImmutableArray());

    /// <summary>Whether <paramref name="doc"/>, made by <paramref name="pipeline"/>, passes.</summary>
    public bool Keeps(Document doc, string pipeline) =>
        doc.Get<PageModel>(PageModel.MetadataKey) is { } page
            ? files.Contains(doc.Destination) || (wholePipelines.Contains(pipeline) && (languages.Contains(page.Lang) || page.Type is "root" or "notfound"))
            : keepOthers && (doc.Get<SearchFile>(SearchFile.MetadataKey) is { } search ? search.Kind != SearchFileKind.Index && searchLanguages.Contains(search.Language)
                : doc.Get<DataFile>(DataFile.MetadataKey) is not { } data || Wanted(data));

    private bool Wanted(DataFile data) => data.Shows switch
    {
        DataFileShows.TermTexts => data.Language is not { } lang || languages.Contains(lang),
        DataFileShows.History => historyChanged,
        _ => false,
    };
}
