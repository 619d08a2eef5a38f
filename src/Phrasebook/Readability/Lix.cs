namespace Phrasebook.Readability;

/// <summary>
/// LIX (läsbarhetsindex, Björnsson 1968), the Scandinavian readability index: words per sentence
/// plus the percentage of long words (more than six letters). Under 30 is very easy, 30-40 easy
/// (news for everyone), 40-50 medium, over 50 hard. Designed for Swedish, used for Norwegian and
/// Danish; for English it is only a rough guide.
/// </summary>
public static class Lix
{
    public const int LongWord = 6;

    public readonly record struct Score(int Words, int Sentences, int LongWords)
    {
        public double Value => Words == 0 ? 0 : ((double)Words / Sentences) + (100.0 * LongWords / Words);
    }

    public static Score Of(string text)
    {
        int words = 0, sentences = 0, longWords = 0;
        var i = 0;
        while (i < text.Length)
        {
            if (!IsLetter(text[i]) && !IsDigit(text[i]))
            {
                if (text[i] is '.' or '!' or '?' or ':' && words > 0 && EndsSentence(text, i))
                {
                    sentences++;
                }

                i++;
                continue;
            }

            var letters = 0;
            var hasLetter = false;
            while (i < text.Length)
            {
                // One category look-up per character (IsLetterOrDigit is IsLetter or IsDigit), ASCII first.
                var c = text[i];
                var letter = IsLetter(c);
                if (!letter && !IsDigit(c) && !(c is '-' or '\'' && i + 1 < text.Length && IsLetter(text[i + 1])))
                {
                    break;
                }

                if (letter)
                {
                    letters++;
                    hasLetter = true;
                }

                i++;
            }

            if (hasLetter)
            {
                words++;
                longWords += letters > LongWord ? 1 : 0;
            }
        }

        // A text without a closing full stop is still one sentence.
        if (words > 0 && (sentences == 0 || !EndsWithTerminator(text)))
        {
            sentences++;
        }

        return new Score(words, sentences, longWords);
    }

    // The same answers as char.IsLetter and char.IsDigit, without their Unicode table for ASCII: every
    // summary and explanation of every language is measured in every build.
    private static bool IsLetter(char c) => char.IsAsciiLetter(c) || (c > '\u007F' && char.IsLetter(c));

    private static bool IsDigit(char c) => char.IsAsciiDigit(c) || (c > '\u007F' && char.IsDigit(c));

    /// <summary>A terminator followed by space or the end; "12.5" and "e.g." mid-word do not end a sentence.</summary>
    private static bool EndsSentence(string text, int at) => at + 1 >= text.Length || char.IsWhiteSpace(text[at + 1]);

    private static bool EndsWithTerminator(string text)
    {
        var t = text.AsSpan().TrimEnd();
        return t.Length > 0 && t[^1] is '.' or '!' or '?' or ':';
    }
}
