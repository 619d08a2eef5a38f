namespace Phrasebook.AutoLinks;

/// <summary>A word in a text: where it is and its normalized (lower-cased, stemmed) form.</summary>
public readonly record struct Word(int Start, int End, string Stem);

/// <summary>
/// Splits prose into words: runs of letters and digits (Nordic letters are letters), so "mva" is a
/// different word from "mvafri" and "e-faktura" is "e" + "faktura".
/// </summary>
public static class Words
{
    /// <summary>Adds the words of <paramref name="text"/> to <paramref name="words"/> (cleared first).</summary>
    public static void Of(ReadOnlySpan<char> text, StemCache stems, List<Word> words)
    {
        words.Clear();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                // In HTML text an entity such as &amp; or &#39; is one character, not the word "amp".
                i = text[i] == '&' && EntityEnd(text, i) is { } end ? end : i + 1;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i])))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new Word(start, i, stems.Of(text[start..i])));
            }
        }
    }

    private static int? EntityEnd(ReadOnlySpan<char> text, int amp)
    {
        for (var j = amp + 1; j < text.Length && j < amp + 12; j++)
        {
            if (text[j] == ';')
            {
                return j > amp + 1 ? j + 1 : null;
            }

            if (!char.IsAsciiLetterOrDigit(text[j]) && text[j] != '#')
            {
                return null;
            }
        }

        return null;
    }
}
