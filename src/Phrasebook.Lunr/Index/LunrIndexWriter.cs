namespace Phrasebook.Lunr.Index;

/// <summary>
/// Serializes a built index in the shape and key order of lunr.Index#toJSON:
/// version, fields, fieldVectors (documents as added, then fields), invertedIndex (terms in
/// ordinal order, each posting with _index and every field, empty ones as {}), pipeline.
/// </summary>
internal sealed class LunrIndexWriter(
    LunrField[] fields,
    IReadOnlyList<IndexedDocument> documents,
    IEnumerable<TermPosting> terms,
    IReadOnlyList<string> pipeline)
{
    private readonly TermPosting[] sortedTerms = SortByTerm(terms);

    public void Write(PooledByteBuffer output)
    {
        output.Write("{\"version\":\"2.3.9\",\"fields\":["u8);
        for (var f = 0; f < fields.Length; f++)
        {
            AppendSeparator(output, f);
            JsonText.WriteString(output, fields[f].Name);
        }

        // Every ref is written once per field vector and once per posting: escape and encode it once.
        var refs = new byte[documents.Count][];
        for (var d = 0; d < refs.Length; d++)
        {
            refs[d] = JsonText.EncodeStringContent(documents[d].Ref);
        }

        output.Write("],\"fieldVectors\":["u8);
        WriteFieldVectors(output, refs);
        output.Write("],\"invertedIndex\":["u8);
        WriteInvertedIndex(output, refs);
        output.Write("],\"pipeline\":["u8);
        for (var i = 0; i < pipeline.Count; i++)
        {
            AppendSeparator(output, i);
            JsonText.WriteString(output, pipeline[i]);
        }

        output.Write("]}"u8);
    }

    private static TermPosting[] SortByTerm(IEnumerable<TermPosting> terms)
    {
        var sorted = terms.ToArray();
        Array.Sort(sorted, static (a, b) => string.CompareOrdinal(a.Term, b.Term));
        return sorted;
    }

    private void WriteFieldVectors(PooledByteBuffer output, byte[][] refs)
    {
        var idf = ComputeIdf();
        var averageLength = AverageFieldLengths();
        var names = Array.ConvertAll(fields, field => JsonText.EncodeStringContent(field.Name));
        var keys = new int[16];
        var weights = new double[16];
        var first = true;
        for (var d = 0; d < documents.Count; d++)
        {
            var document = documents[d];
            for (var f = 0; f < fields.Length; f++)
            {
                var field = document.Fields[f];
                var n = field.Terms.Length;
                if (keys.Length < n)
                {
                    keys = new int[n * 2];
                    weights = new double[n * 2];
                }

                for (var i = 0; i < n; i++)
                {
                    var count = field.Terms[i];
                    keys[i] = count.TermIndex;
                    weights[i] = Bm25.Weight(idf[keys[i]], count.Count, field.Length, averageLength[f], fields[f].EffectiveBoost, document.Boost);
                }

                // lunr.Vector keeps elements sorted by term index; Index.load relies on it.
                Array.Sort(keys, weights, 0, n);
                output.Write(first ? "[\""u8 : ",[\""u8);
                first = false;
                output.Write(names[f]);
                output.Write((byte)'/');
                output.Write(refs[d]);
                output.Write("\",["u8);
                for (var i = 0; i < n; i++)
                {
                    AppendSeparator(output, i);
                    JsonText.WriteInteger(output, keys[i]);
                    output.Write((byte)',');
                    JsonText.WriteThousandths(output, weights[i]);
                }

                output.Write("]]"u8);
            }
        }
    }

    private void WriteInvertedIndex(PooledByteBuffer output, byte[][] refs)
    {
        var refOrder = new PostingRefOrder(documents);
        // JS enumerates array-index field names before "_index"; FieldOrder put them first.
        var numericFields = 0;
        while (numericFields < fields.Length && JsMath.IsArrayIndex(fields[numericFields].Name, out _))
        {
            numericFields++;
        }

        var names = Array.ConvertAll(fields, field => JsonText.EncodeStringContent(field.Name));

        // A posting is a ref and an empty metadata object, most of a text index: each made once, with
        // the comma that comes before all but the first of a field, and written in one copy.
        var first = new byte[refs.Length][];
        var next = new byte[refs.Length][];
        for (var d = 0; d < refs.Length; d++)
        {
            next[d] = [.. ",\""u8, .. refs[d], .. "\":{}"u8];
            first[d] = next[d][1..];
        }

        for (var t = 0; t < sortedTerms.Length; t++)
        {
            var posting = sortedTerms[t];
            AppendSeparator(output, t);
            output.Write((byte)'[');
            JsonText.WriteString(output, posting.Term);
            output.Write(",{"u8);
            for (var f = 0; f <= fields.Length; f++)
            {
                if (f > 0)
                {
                    output.Write((byte)',');
                }

                if (f == numericFields)
                {
                    output.Write("\"_index\":"u8);
                    JsonText.WriteInteger(output, posting.Index);
                    continue;
                }

                var field = f < numericFields ? f : f - 1;
                output.Write((byte)'"');
                output.Write(names[field]);
                output.Write("\":{"u8);
                var postings = refOrder.Arrange(posting.DocumentsIn(field));
                for (var i = 0; i < postings.Length; i++)
                {
                    output.Write(i > 0 ? next[postings[i]] : first[postings[i]]);
                }

                output.Write((byte)'}');
            }

            output.Write("}]"u8);
        }
    }

    private double[] ComputeIdf()
    {
        var idf = new double[sortedTerms.Length];
        foreach (var posting in sortedTerms)
        {
            idf[posting.Index] = Bm25.Idf(documents.Count, posting.DocumentFieldCount());
        }

        return idf;
    }

    // lunr sums field lengths over every document (empty fields count as 0) and divides by
    // the number of documents, in integers until the one division.
    private double[] AverageFieldLengths()
    {
        var averages = new double[fields.Length];
        for (var f = 0; f < fields.Length; f++)
        {
            long total = 0;
            foreach (var document in documents)
            {
                total += document.Fields[f].Length;
            }

            averages[f] = (double)total / documents.Count;
        }

        return averages;
    }

    private static void AppendSeparator(PooledByteBuffer output, int position)
    {
        if (position > 0)
        {
            output.Write((byte)',');
        }
    }
}
