using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Search.Index;
using Phrasebook.Site;

namespace Phrasebook.Search;

/// <summary>
/// Per site language, prebuilt lunr indexes byte-identical to what lunr.js would build: the words
/// index (search/{lang}/index.json: names, abbreviations, codes, customer words) with the small
/// display file results render from (search/{lang}/docs.json), loaded when a reader first touches
/// a search box; and the text index of summaries and explanations with each role's snippet
/// (search/{lang}/text.json), many times bigger, loaded only when the words index leaves room for
/// more results.
/// </summary>
public sealed class BuildSearchIndex : IModule
{
    public static string IndexPath(string lang) => $"search/{lang}/index.json";

    public static string DocsPath(string lang) => $"search/{lang}/docs.json";

    public static string TextPath(string lang) => $"search/{lang}/text.json";

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteIndex>();
        var languages = site.Settings.Languages;
        var results = new Document[languages.Length][];
        // One language at a time: a text index under construction is the build's biggest single
        // piece of memory (hundreds of MB at 10,000 terms), and the page pipelines keep the cores busy.
        for (var i = 0; i < languages.Length; i++)
        {
            var lang = languages[i];
            var entries = SearchEntries.For(site, lang).ToList();
            results[i] =
            [
                Document.FromBytes(IndexPath(lang), Index(lang, SearchFields.Names, Documents(lang, entries))),
                Document.FromBytes(DocsPath(lang), Docs(site, lang, entries)),
                Document.FromBytes(TextPath(lang), SearchText.Of(entries, Index(lang, SearchFields.Text, TextDocuments(entries)))),
            ];
        }

        return Task.FromResult(inputs.AddRange(results.SelectMany(r => r)));
    }

    private static byte[] Index(string lang, LunrField[] fields, IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> documents)
    {
        var builder = new LunrIndexBuilder(SearchLanguage.For(lang), fields, "ref");
        foreach (var (reference, values) in documents)
        {
            builder.Add(reference, values);
        }

        using var stream = new MemoryStream();
        builder.WriteTo(stream);
        return stream.ToArray();
    }

    /// <summary>The documents of the words index: public so the benchmark can hand lunr.js the very same.</summary>
    public static IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> Documents(string lang, IReadOnlyList<SearchEntry> entries)
    {
        var language = SearchLanguage.For(lang);
        var parts = new CompoundParts(entries.SelectMany(e => language.Tokenize(e.Title).Concat(e.Words.SelectMany(language.Tokenize))));
        foreach (var e in entries)
        {
            var titleWords = language.Tokenize(e.Title).Concat(e.Words.SelectMany(language.Tokenize));
            yield return (e.Ref, new Dictionary<string, LunrValue>
            {
                [SearchFields.Title] = e.Title,
                [SearchFields.Abbreviation] = e.Abbreviation ?? "",
                [SearchFields.Codes] = string.Join(' ', e.Codes),
                [SearchFields.Words] = string.Join(", ", e.Words),
                [SearchFields.Parts] = string.Join(' ', titleWords.SelectMany(parts.Of).Distinct(StringComparer.Ordinal)),
            });
        }
    }

    /// <summary>The documents of the text index.</summary>
    public static IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> TextDocuments(IReadOnlyList<SearchEntry> entries) =>
        entries.Select(e => (e.Ref, new Dictionary<string, LunrValue> { [SearchFields.Summary] = e.Summary, [SearchFields.Body] = e.Body }));

    /// <summary>ref → what a result shows; codes → where an exactly typed code leads; patterns for code families.</summary>
    private static byte[] Docs(SiteIndex site, string lang, List<SearchEntry> entries)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 2);
            json.WriteStartObject("docs");
            foreach (var e in entries)
            {
                json.WriteStartObject(e.Ref);
                json.WriteString("t", e.Title);
                json.WriteString("u", e.Url);
                json.WriteString("s", e.Summary);
                if (e.Abbreviation is { } abbr)
                {
                    json.WriteString("a", abbr);
                }

                if (e.Codes.Count > 0)
                {
                    json.WriteStartArray("c");
                    e.Codes.ToList().ForEach(json.WriteStringValue);
                    json.WriteEndArray();
                }

                if (e.Deprecated)
                {
                    json.WriteBoolean("d", true);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteStartObject("codes");
            foreach (var term in site.Content.Terms)
            {
                foreach (var code in term.Codes)
                {
                    json.WriteStartObject(code.Slug);
                    json.WriteString("c", code.Code);
                    json.WriteString("u", site.Urls.Code(lang, code.Slug));
                    json.WriteString("ref", term.Id);
                    json.WriteEndObject();
                }
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
