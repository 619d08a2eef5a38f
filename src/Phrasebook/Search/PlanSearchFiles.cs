using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Search.Files;
using Phrasebook.Site;

namespace Phrasebook.Search;

public enum SearchFileKind
{
    Text,
    Index,
    Docs,
}

/// <summary>Which search file a placeholder stands for; a language's three files share its entries, made once.</summary>
public sealed record SearchFile(string Language, SearchFileKind Kind, Lazy<IReadOnlyList<SearchEntry>> Entries)
{
    public const string MetadataKey = "search-file";
}

/// <summary>
/// One empty document per search file, for <see cref="BuildSearchIndex"/> to fill. The text indexes
/// come first: they are most of the work, so they are started first and the cores finish together.
/// </summary>
public sealed class PlanSearchFiles : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var entries = site.Settings.Languages.ToDictionary(
            lang => lang,
            lang => new Lazy<IReadOnlyList<SearchEntry>>(() => [.. SearchEntries.For(site, lang)]),
            StringComparer.Ordinal);
        var files =
            from kind in new[] { SearchFileKind.Text, SearchFileKind.Index, SearchFileKind.Docs }
            from lang in site.Settings.Languages
            let path = kind switch
            {
                SearchFileKind.Text => SearchFiles.TextPath(lang),
                SearchFileKind.Index => SearchFiles.IndexPath(lang),
                _ => SearchFiles.DocsPath(lang),
            }
            select Document.FromBytes(path, ReadOnlyMemory<byte>.Empty).With(SearchFile.MetadataKey, new SearchFile(lang, kind, entries[lang]));
        return Task.FromResult(inputs.AddRange(files));
    }
}
