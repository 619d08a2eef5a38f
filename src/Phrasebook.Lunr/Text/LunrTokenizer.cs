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
        foreach (var (start, length) in Split(lower))
        {
            tokens.Add(lower.Substring(start, length));
        }
    }

    /// <summary>
    /// Where the tokens of an already lowercased string are (the runs between separators), so the index
    /// builder can look tokens up without allocating a string, or a list, for each one.
    /// </summary>
    public static TokenRanges Split(ReadOnlySpan<char> lower) => new(lower);

    /// <summary>The (start, length) of each token, in order: a <c>foreach</c> over it allocates nothing.</summary>
    public ref struct TokenRanges(ReadOnlySpan<char> lower)
    {
        private readonly ReadOnlySpan<char> _lower = lower;
        private int _next;

        public (int Start, int Length) Current { get; private set; }

        public readonly TokenRanges GetEnumerator() => this;

        public bool MoveNext()
        {
            while (_next < _lower.Length)
            {
                var start = _next;
                var end = start;
                while (end < _lower.Length && !JsText.IsTokenSeparator(_lower[end]))
                {
                    end++;
                }

                _next = end + 1;
                if (end > start)
                {
                    Current = (start, end - start);
                    return true;
                }
            }

            return false;
        }
    }
}
