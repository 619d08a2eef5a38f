namespace Phrasebook.Search.Files;

/// <summary>Where a language's search files are, under the site's assets: every page's search box loads them.</summary>
public static class SearchFiles
{
    /// <summary>The words index: terms' names, synonyms, codes and summaries.</summary>
    public static string IndexPath(string lang) => $"search/{lang}/index.json";

    /// <summary>What a result shows: title, summary, URL.</summary>
    public static string DocsPath(string lang) => $"search/{lang}/docs.json";

    /// <summary>The explanations index, loaded only when the words index leaves room for more results.</summary>
    public static string TextPath(string lang) => $"search/{lang}/text.json";
}
