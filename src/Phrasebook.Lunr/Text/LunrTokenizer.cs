namespace Phrasebook.Lunr.Text;

/// <summary>
/// lunr.tokenizer of lunr 2.3.9: lowercase the whole string (JS toLowerCase), then split on
/// runs of JS whitespace and '-'. A hand-written scan instead of a regex: this runs for
/// every field of every document.
/// </summary>
internal static class LunrTokenizer
{
    public static void Tokenize(string? text, List<string> tokens)
    {
        if (text is null)
        {
            return;
        }

        var lower = JsText.ToLower(text);
        foreach (var (start, length) in Split(lower, []))
        {
            tokens.Add(lower.Substring(start, length));
        }
    }

    /// <summary>
    /// Where the tokens of an already lowercased string are, so the index builder can look
    /// tokens up without allocating a string for each one it has seen before.
    /// </summary>
    public static List<(int Start, int Length)> Split(ReadOnlySpan<char> lower, List<(int Start, int Length)> ranges)
    {
        var start = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length && !JsText.IsTokenSeparator(lower[i]))
            {
                continue;
            }

            if (i > start)
            {
                ranges.Add((start, i - start));
            }

            start = i + 1;
        }

        return ranges;
    }
}
