using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Lunr.Index;
using Phrasebook.Markdown;
using Phrasebook.Search.Files;
using Phrasebook.Site;

namespace Phrasebook.Search;

/// <summary>
/// Per site language, prebuilt lunr indexes byte-identical to what lunr.js would build: the words
/// index (search/{lang}/index.json: names, abbreviations, codes, customer words) with the small
/// display file results render from (search/{lang}/docs.json), loaded when a reader first touches
/// a search box; and the text index of summaries and explanations with each role's snippet
/// (search/{lang}/text.json), many times bigger, loaded only when the words index leaves room for
/// more results. Builds the file a <see cref="PlanSearchFiles"/> placeholder names; other documents
/// pass through.
/// </summary>
/// <remarks>
/// One file per document, so the engine builds as many at once as it has cores and each is written
/// and let go before the next: a text index is 45 MB at 10,000 terms, and all nine files made
/// before any was written were a few hundred megabytes at the build's peak.
/// </remarks>
public sealed class BuildSearchIndex : ParallelModule<SiteModel>
{
    protected override IEnumerable<Document> Execute(Document input, PipelineContext<SiteModel> context)
    {
        if (input.Get<SearchFile>(SearchFile.MetadataKey) is not { } file)
        {
            return [input];
        }

        if (context.KeepsNothing)
        {
            // A check: nothing keeps the file, and a search file has no links to check.
            return [Document.FromBytes(input.Destination, default).Release()];
        }

        var lang = file.Language;
        var entries = file.Entries.Value;
        using var output = new PooledByteBuffer();
        switch (file.Kind)
        {
            case SearchFileKind.Text:
                Text(output, lang, entries);
                break;
            case SearchFileKind.Index:
                Build(lang, SearchFields.Names, Documents(lang, entries)).WriteTo(output);
                break;
            default:
                Docs(output, context.Model.Index, lang, entries);
                break;
        }

        // Written from the chunks it was built in: a text index copied into one array first was 45 MB
        // on the large object heap, three of them at the end of a 10,000-term build.
        if (context.OutputFolder is { } folder)
        {
            folder.Write(input.Destination, output.Pieces());
            return [Document.FromBytes(input.Destination, default).Release()];
        }

        return [Document.FromBytes(input.Destination, output.ToArray())];
    }

    private static LunrIndexBuilder Build(string lang, LunrField[] fields, IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> documents)
    {
        var builder = new LunrIndexBuilder(SearchLanguage.For(lang), fields, "ref");
        foreach (var (reference, values) in documents)
        {
            builder.Add(reference, values);
        }

        return builder;
    }

    private static void Text(PooledByteBuffer output, string lang, IReadOnlyList<SearchEntry> entries) =>
        SearchText.Write(output, entries, Build(lang, SearchFields.Text, TextDocuments(entries)));

    /// <summary>The documents of the words index: public so the benchmark can hand lunr.js the very same.</summary>
    public static IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> Documents(string lang, IReadOnlyList<SearchEntry> entries)
    {
        var language = SearchLanguage.For(lang);
        // The compounds' parts come from the terms' names and words: a process title's words are not glossary words.
        var parts = new CompoundParts(entries.Where(e => e.Kind == SearchEntryKind.Term).SelectMany(e => language.Tokenize(e.Title).Concat(e.Words.SelectMany(language.Tokenize))));
        foreach (var e in entries)
        {
            var titleWords = language.Tokenize(e.Title).Concat(e.Words.SelectMany(language.Tokenize));
            yield return (e.Ref, new Dictionary<string, LunrValue>(SearchFields.Names.Length)
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
    /// <remarks>The body is <see cref="SearchEntry.Body"/>, handed over in lines so that it is never built.</remarks>
    public static IEnumerable<(string Ref, Dictionary<string, LunrValue> Values)> TextDocuments(IReadOnlyList<SearchEntry> entries) =>
        entries.Select(e => (e.Ref, new Dictionary<string, LunrValue>(SearchFields.Text.Length)
        {
            [SearchFields.Summary] = e.Summary,
            [SearchFields.Body] = LunrValue.FromLines([.. e.BodyMarkdown.Select(PlainText.Words)]),
        }));

    /// <summary>
    /// ref → what a result shows (k: p for a process, f for a free page); codes → where a typed code
    /// leads; retired → a retired code's page and the term that replaced it; families → code patterns.
    /// </summary>
    private static void Docs(PooledByteBuffer output, SiteIndex site, string lang, IReadOnlyList<SearchEntry> entries)
    {
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 3);
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

                if (e.Kind != SearchEntryKind.Term)
                {
                    json.WriteString("k", e.Kind == SearchEntryKind.Process ? "p" : "f");
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            WriteCodes(json, site, lang, "codes", term => term.Codes);
            WriteCodes(json, site, lang, "retired", term => term.RetiredCodes);
            WriteCodeFamilies(json, site);
            json.WriteEndObject();
        }
    }

    /// <summary>A term's codes (or retired codes) by slug: the code as printed, its page, and the term it explains.</summary>
    private static void WriteCodes(Utf8JsonWriter json, SiteIndex site, string lang, string name, Func<Term, ImmutableArray<InvoiceCode>> codes)
    {
        json.WriteStartObject(name);
        foreach (var term in site.Content.Terms)
        {
            foreach (var code in codes(term))
            {
                json.WriteStartObject(code.Slug);
                json.WriteString("c", code.Code);
                json.WriteString("u", site.Urls.Code(lang, code.Slug));
                json.WriteString("ref", term.Id);
                json.WriteEndObject();
            }
        }

        json.WriteEndObject();
    }

    /// <summary>Each term's code patterns (FSC-\d{2}) with its own codes' slugs, so a family member typed finds the family's code.</summary>
    private static void WriteCodeFamilies(Utf8JsonWriter json, SiteIndex site)
    {
        json.WriteStartArray("families");
        foreach (var term in site.Content.Terms)
        {
            if (term.Invoice is not { Patterns.Length: > 0 } invoice)
            {
                continue;
            }

            json.WriteStartObject();
            json.WriteStartArray("p");
            foreach (var pattern in invoice.Patterns)
            {
                json.WriteStringValue(pattern.Pattern);
            }

            json.WriteEndArray();
            json.WriteStartArray("codes");
            foreach (var code in invoice.Codes)
            {
                json.WriteStringValue(code.Slug);
            }

            json.WriteEndArray();
            json.WriteString("ref", term.Id);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
