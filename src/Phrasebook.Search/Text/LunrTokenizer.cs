namespace Phrasebook.Search.Text;

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
        var start = 0;
        for (var i = 0; i <= lower.Length; i++)
        {
            if (i < lower.Length && !JsText.IsTokenSeparator(lower[i]))
            {
                continue;
            }

            if (i > start)
            {
                tokens.Add(lower[start..i]);
            }

            start = i + 1;
        }
    }

    /// <summary>Array fields: one token per element, lowercased but never split; null is "".</summary>
    public static void TokenizeArray(IReadOnlyList<string?> items, List<string> tokens)
    {
        foreach (var item in items)
        {
            tokens.Add(item is null ? string.Empty : JsText.ToLower(item));
        }
    }
}
