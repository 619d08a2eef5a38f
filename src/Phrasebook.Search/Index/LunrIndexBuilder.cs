using System.Buffers;
using System.Text;
using Phrasebook.Search.Text;

namespace Phrasebook.Search.Index;

/// <summary>
/// Builds the JSON that lunr.js 2.3.9 (with lunr-languages 1.22.0) would serialize for the
/// same documents, byte for byte, so the browser can <c>lunr.Index.load</c> it directly.
/// Not thread-safe: use one builder per index (they are cheap); the language is shared.
/// </summary>
public sealed class LunrIndexBuilder
{
    private readonly LunrField[] fields;
    private readonly Dictionary<string, TermPosting> terms = new(StringComparer.Ordinal);

    // Token -> posting after trimmer, stop-word filter and stemmer (null: a stop word).
    // Vocabularies repeat a lot, so the stemmer runs once per distinct token.
    private readonly Dictionary<string, TermPosting?> tokenCache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TermPosting?>.AlternateLookup<ReadOnlySpan<char>> tokenCacheBySpan;
    private readonly HashSet<string> refs = new(StringComparer.Ordinal);
    private readonly List<IndexedDocument> documents = [];
    private readonly List<(int Start, int Length)> ranges = [];
    private readonly List<TermCount> counts = [];
    private int stamp;

    public LunrIndexBuilder(LunrLanguage language, IEnumerable<LunrField> fields, string refField = "id")
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(refField);
        Language = language;
        RefField = refField;
        this.fields = FieldOrder.Arrange(fields);
        tokenCacheBySpan = tokenCache.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LunrLanguage Language { get; }

    /// <summary>The document key lunr reads the ref from; kept for callers building the same index in JS.</summary>
    public string RefField { get; }

    /// <summary>Fields in the order lunr enumerates them (JS property order).</summary>
    public IReadOnlyList<LunrField> Fields => fields;

    public int DocumentCount => documents.Count;

    /// <summary>
    /// Adds a document, as <c>builder.add(doc, { boost })</c>. Fields not declared are ignored,
    /// declared fields missing from <paramref name="values"/> are indexed as empty.
    /// </summary>
    /// <exception cref="ArgumentException">The ref was added before (lunr would silently merge both).</exception>
    public void Add(string reference, IReadOnlyDictionary<string, LunrValue> values, double boost = 1)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(values);
        if (!refs.Add(reference))
        {
            throw new ArgumentException($"A document with ref '{reference}' was already added.", nameof(reference));
        }

        var ordinal = documents.Count;
        var indexed = new IndexedField[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            values.TryGetValue(fields[f].Name, out var value);
            indexed[f] = IndexField(value, f, ordinal);
        }

        documents.Add(new IndexedDocument(reference, JsMath.OrOne(boost), indexed));
    }

    /// <summary>The index as JSON text, identical to <c>JSON.stringify(idx)</c> in lunr.js.</summary>
    public string ToJson() => Serialize().ToString();

    /// <summary>Writes the index as UTF-8 (no BOM).</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var encoder = new UTF8Encoding(false).GetEncoder();
        var buffer = new byte[64 * 1024];
        foreach (var chunk in Serialize().GetChunks())
        {
            var chars = chunk.Span;
            while (!chars.IsEmpty)
            {
                var take = Math.Min(chars.Length, 16 * 1024);
                var written = encoder.GetBytes(chars[..take], buffer, flush: false);
                stream.Write(buffer, 0, written);
                chars = chars[take..];
            }
        }

        stream.Write(buffer, 0, encoder.GetBytes([], buffer, flush: true));
    }

    /// <summary>Writes the index as UTF-8 (no BOM).</summary>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        var encoder = new UTF8Encoding(false).GetEncoder();
        foreach (var chunk in Serialize().GetChunks())
        {
            encoder.Convert(chunk.Span, writer, flush: false, out _, out _);
        }

        encoder.Convert([], writer, flush: true, out _, out _);
    }

    private StringBuilder Serialize() =>
        new LunrIndexWriter(fields, documents, terms.Values, Language.SearchPipeline).Write();

    private IndexedField IndexField(LunrValue value, int field, int document)
    {
        // A fresh stamp per (document, field) lets each posting remember its slot in
        // `counts` without a per-field dictionary.
        stamp++;
        counts.Clear();
        var length = 0;
        if (value.Items is { } items)
        {
            // Array elements: one token each, lowercased, never split; null reads as "".
            foreach (var item in items)
            {
                length += Count(Lookup(item is null ? string.Empty : JsText.ToLower(item)), field, document);
            }
        }
        else if (value.Text is { } text)
        {
            var lower = JsText.ToLower(text);
            ranges.Clear();
            foreach (var (start, count) in LunrTokenizer.Split(lower, ranges))
            {
                length += Count(Lookup(lower.AsSpan(start, count)), field, document);
            }
        }

        return new IndexedField([.. counts], length);
    }

    /// <summary>Counts one token; returns how much it adds to the field length (stop words: 0).</summary>
    private int Count(TermPosting? posting, int field, int document)
    {
        if (posting is null)
        {
            return 0;
        }

        if (posting.Stamp == stamp)
        {
            var slot = counts[posting.Slot];
            slot.Count++;
            counts[posting.Slot] = slot;
            return 1;
        }

        posting.Stamp = stamp;
        posting.Slot = counts.Count;
        counts.Add(new TermCount(posting));
        posting.AddDocument(field, document);
        return 1;
    }

    private TermPosting? Lookup(ReadOnlySpan<char> span)
    {
        if (tokenCacheBySpan.TryGetValue(span, out var cached))
        {
            return cached;
        }

        var token = span.ToString();
        TermPosting? posting = null;
        if (Language.NormalizeToken(token) is { } term && !terms.TryGetValue(term, out posting))
        {
            posting = new TermPosting(term, terms.Count, fields.Length);
            terms.Add(term, posting);
        }

        tokenCache.Add(token, posting);
        return posting;
    }
}
