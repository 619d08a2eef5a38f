using System.Buffers;
using System.Text;
using Phrasebook.Lunr.Text;

namespace Phrasebook.Lunr.Index;

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
    private readonly List<TermCount> counts = [];

    // Where field values are lowercased (most start with a capital), reused for every value.
    private char[] lowered = [];
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
    public string ToJson()
    {
        using var buffer = new PooledByteBuffer();
        Write(buffer);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Writes the index as UTF-8 (no BOM).</summary>
    public void WriteTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var buffer = new PooledByteBuffer();
        Write(buffer);
        buffer.CopyTo(stream);
    }

    /// <summary>Writes the index as UTF-8 (no BOM).</summary>
    public void WriteTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (writer is PooledByteBuffer pooled)
        {
            Write(pooled);
            return;
        }

        using var buffer = new PooledByteBuffer();
        Write(buffer);
        buffer.CopyTo(writer);
    }

    private void Write(PooledByteBuffer output) =>
        new LunrIndexWriter(fields, documents, terms.Values, Language.SearchPipeline).Write(output);

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
                length += Count(Lookup(JsText.ToLower(item ?? string.Empty, ref lowered)), field, document);
            }
        }
        else if (value.Text is { } text)
        {
            length += CountText(text, field, document);
        }
        else if (value.Lines is { } lines)
        {
            foreach (var line in lines)
            {
                length += CountText(line, field, document);
            }
        }

        return new IndexedField([.. counts], length);
    }

    private int CountText(string text, int field, int document)
    {
        var lower = JsText.ToLower(text, ref lowered);
        var length = 0;
        foreach (var (start, count) in LunrTokenizer.Split(lower))
        {
            length += Count(Lookup(lower.Slice(start, count)), field, document);
        }

        return length;
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
        counts.Add(new TermCount(posting.Index));
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
