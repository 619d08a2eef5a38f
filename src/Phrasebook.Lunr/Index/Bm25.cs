namespace Phrasebook.Lunr.Index;

/// <summary>
/// lunr 2.3.9's BM25 weights, with its defaults k1 = 1.2, b = 0.75, evaluated in the same
/// order of operations as lunr.js so the doubles, and so the rounded weights, come out equal.
/// </summary>
internal static class Bm25
{
    private const double K1 = 1.2;
    private const double B = 0.75;

    /// <summary><paramref name="withTerm"/> counts documents once per field that holds the term.</summary>
    public static double Idf(int documentCount, int withTerm)
    {
        var x = (documentCount - withTerm + 0.5) / (withTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>The weight lunr stores: boosted, then <c>Math.round(w * 1000) / 1000</c>.</summary>
    public static double Weight(double idf, int tf, int fieldLength, double averageFieldLength, double fieldBoost, double docBoost)
    {
        var score = idf * ((K1 + 1) * tf) / ((K1 * (1 - B + (B * (fieldLength / averageFieldLength)))) + tf);
        score *= fieldBoost;
        score *= docBoost;
        return JsMath.Round(score * 1000) / 1000;
    }
}
