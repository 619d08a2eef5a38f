using System.Globalization;
using System.Text;

namespace Phrasebook.Search.Index;

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
    private readonly TermPosting[] sortedTerms = [.. terms.OrderBy(term => term.Term, StringComparer.Ordinal)];

    public StringBuilder Write()
    {
        // Roughly 60 bytes per posting entry and vector element: avoids most regrowth.
        var sb = new StringBuilder(1024 + (sortedTerms.Length * 64) + (documents.Count * fields.Length * 48));
        sb.Append("{\"version\":\"2.3.9\",\"fields\":[");
        for (var f = 0; f < fields.Length; f++)
        {
            AppendSeparator(sb, f);
            JsonText.WriteString(sb, fields[f].Name);
        }

        sb.Append("],\"fieldVectors\":[");
        WriteFieldVectors(sb);
        sb.Append("],\"invertedIndex\":[");
        WriteInvertedIndex(sb);
        sb.Append("],\"pipeline\":[");
        for (var i = 0; i < pipeline.Count; i++)
        {
            AppendSeparator(sb, i);
            JsonText.WriteString(sb, pipeline[i]);
        }

        return sb.Append("]}");
    }

    private void WriteFieldVectors(StringBuilder sb)
    {
        var idf = ComputeIdf();
        var averageLength = AverageFieldLengths();
        var keys = new int[16];
        var weights = new double[16];
        var first = true;
        foreach (var document in documents)
        {
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
                    keys[i] = count.Posting.Index;
                    weights[i] = Bm25.Weight(idf[keys[i]], count.Count, field.Length, averageLength[f], fields[f].EffectiveBoost, document.Boost);
                }

                // lunr.Vector keeps elements sorted by term index; Index.load relies on it.
                Array.Sort(keys, weights, 0, n);
                sb.Append(first ? "[" : ",[");
                first = false;
                JsonText.WriteString(sb, fields[f].Name + "/" + document.Ref);
                sb.Append(",[");
                for (var i = 0; i < n; i++)
                {
                    AppendSeparator(sb, i);
                    sb.Append(CultureInfo.InvariantCulture, $"{keys[i]},");
                    JsonText.WriteThousandths(sb, weights[i]);
                }

                sb.Append("]]");
            }
        }
    }

    private void WriteInvertedIndex(StringBuilder sb)
    {
        var refOrder = new PostingRefOrder(documents);
        // JS enumerates array-index field names before "_index"; FieldOrder put them first.
        var numericFields = fields.TakeWhile(field => JsMath.IsArrayIndex(field.Name, out _)).Count();
        for (var t = 0; t < sortedTerms.Length; t++)
        {
            var posting = sortedTerms[t];
            AppendSeparator(sb, t);
            sb.Append('[');
            JsonText.WriteString(sb, posting.Term);
            sb.Append(",{");
            for (var f = 0; f <= fields.Length; f++)
            {
                if (f > 0)
                {
                    sb.Append(',');
                }

                if (f == numericFields)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"\"_index\":{posting.Index}");
                    continue;
                }

                var field = f < numericFields ? f : f - 1;
                JsonText.WriteString(sb, fields[field].Name);
                sb.Append(":{");
                var refNumber = 0;
                foreach (var document in refOrder.Arrange(posting.DocumentsIn(field)))
                {
                    AppendSeparator(sb, refNumber++);
                    JsonText.WriteString(sb, documents[document].Ref);
                    sb.Append(":{}");
                }

                sb.Append('}');
            }

            sb.Append("}]");
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

    private static void AppendSeparator(StringBuilder sb, int position)
    {
        if (position > 0)
        {
            sb.Append(',');
        }
    }
}
