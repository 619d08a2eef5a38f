using System.Collections.Frozen;

namespace Phrasebook.Search.Files;

/// <summary>The lunr scripts embedded from npm at tool build time, and which of them a language needs.</summary>
public static class SearchScripts
{
    public const string Folder = "search/lunr/";
    private const string Lunr = "lunr.min.js";
    private const string Support = "lunr.stemmer.support.min.js";

    private static readonly FrozenDictionary<string, string> LanguageScripts = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["no"] = "lunr.no.min.js",
        ["sv"] = "lunr.sv.min.js",
        ["da"] = "lunr.da.min.js",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>Scripts in load order; lunr-languages must register its functions before Index.load.</summary>
    public static IReadOnlyList<string> For(string lunrLanguage) =>
        LanguageScripts.TryGetValue(lunrLanguage, out var script) ? [Lunr, Support, script] : [Lunr];

    /// <summary>Every embedded file: scripts and their licences, published under search/lunr/.</summary>
    public static IEnumerable<(string Name, byte[] Bytes)> All()
    {
        var assembly = typeof(SearchScripts).Assembly;
        foreach (var name in assembly.GetManifestResourceNames().Where(n => n.StartsWith("search/", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var memory = new MemoryStream();
            stream.CopyTo(memory);
            yield return (name["search/".Length..], memory.ToArray());
        }
    }
}
