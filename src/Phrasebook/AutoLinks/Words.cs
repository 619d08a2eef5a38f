namespace Phrasebook.AutoLinks;

/// <summary>A word in a text: where it is and its normalized (lower-cased, stemmed) form.</summary>
public readonly record struct Word(int Start, int End, string Stem);

/// <summary>
/// Splits prose into words: runs of letters and digits (Nordic letters are letters), so "mva" is a
/// different word from "mvafri" and "e-faktura" is "e" + "faktura".
/// </summary>
public static class Words
{
    public static List<Word> Of(string text, Func<string, string> stem)
    {
        var words = new List<Word>();
        var i = 0;
        while (i < text.Length)
        {
            while (i < text.Length && !char.IsLetterOrDigit(text[i]))
            {
                i++;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || char.IsSurrogate(text[i])))
            {
                i++;
            }

            if (i > start)
            {
                words.Add(new Word(start, i, stem(text[start..i].ToLowerInvariant())));
            }
        }

        return words;
    }
}
