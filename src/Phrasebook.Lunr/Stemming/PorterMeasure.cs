namespace Phrasebook.Lunr.Stemming;

/// <summary>
/// The measure tests of lunr's Porter stemmer (m &gt; 0, m = 1, m &gt; 1, vowel in stem, short
/// syllable), decided by a tiny backtracking matcher over <see cref="PorterPart"/> sequences.
/// Backtracking matters only where 'y' can be read as consonant or vowel; elsewhere the
/// longest run is the only one that can succeed, so it is tried first.
/// </summary>
internal static class PorterMeasure
{
    private static readonly PorterPart[] AtLeastOne =
        [PorterPart.OptionalConsonants, PorterPart.Vowels, PorterPart.Consonants];

    private static readonly PorterPart[] ExactlyOne =
        [PorterPart.OptionalConsonants, PorterPart.Vowels, PorterPart.Consonants, PorterPart.OptionalVowels];

    private static readonly PorterPart[] AtLeastTwo =
        [PorterPart.OptionalConsonants, PorterPart.Vowels, PorterPart.Consonants, PorterPart.Vowels, PorterPart.Consonants];

    private static readonly PorterPart[] VowelInStem = [PorterPart.OptionalConsonants, PorterPart.Vowel];

    private static readonly PorterPart[] ShortSyllable =
        [PorterPart.Consonants, PorterPart.Vowel, PorterPart.FinalConsonant];

    public static bool GreaterThanZero(ReadOnlySpan<char> s) => Match(s, 0, AtLeastOne, 0, toEnd: false);

    public static bool EqualsOne(ReadOnlySpan<char> s) => Match(s, 0, ExactlyOne, 0, toEnd: true);

    public static bool GreaterThanOne(ReadOnlySpan<char> s) => Match(s, 0, AtLeastTwo, 0, toEnd: false);

    public static bool HasVowel(ReadOnlySpan<char> s) => Match(s, 0, VowelInStem, 0, toEnd: false);

    /// <summary>The whole string is consonants + vowel + a consonant other than w, x, y.</summary>
    public static bool IsShortSyllable(ReadOnlySpan<char> s) => Match(s, 0, ShortSyllable, 0, toEnd: true);

    internal static bool IsAeiou(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';

    internal static bool IsAeiouy(char c) => c == 'y' || IsAeiou(c);

    private static bool Match(ReadOnlySpan<char> s, int pos, PorterPart[] parts, int part, bool toEnd)
    {
        if (part == parts.Length)
        {
            return !toEnd || pos == s.Length;
        }

        switch (parts[part])
        {
            case PorterPart.OptionalConsonants:
                return Run(s, pos, parts, part, toEnd, consonants: true)
                    || Match(s, pos, parts, part + 1, toEnd);
            case PorterPart.Consonants:
                return Run(s, pos, parts, part, toEnd, consonants: true);
            case PorterPart.OptionalVowels:
                return Run(s, pos, parts, part, toEnd, consonants: false)
                    || Match(s, pos, parts, part + 1, toEnd);
            case PorterPart.Vowels:
                return Run(s, pos, parts, part, toEnd, consonants: false);
            case PorterPart.Vowel:
                return pos < s.Length && IsAeiouy(s[pos]) && Match(s, pos + 1, parts, part + 1, toEnd);
            default:
                return pos < s.Length && !IsAeiouy(s[pos]) && s[pos] is not ('w' or 'x')
                    && Match(s, pos + 1, parts, part + 1, toEnd);
        }
    }

    // A run opens with one char of the first class and continues with the second:
    // consonants: [^aeiou][^aeiouy]*, vowels: [aeiouy][aeiou]*.
    private static bool Run(ReadOnlySpan<char> s, int pos, PorterPart[] parts, int part, bool toEnd, bool consonants)
    {
        if (pos >= s.Length || (consonants ? IsAeiou(s[pos]) : !IsAeiouy(s[pos])))
        {
            return false;
        }

        var end = pos + 1;
        while (end < s.Length && (consonants ? !IsAeiouy(s[end]) : IsAeiou(s[end])))
        {
            end++;
        }

        for (; end > pos; end--)
        {
            if (Match(s, end, parts, part + 1, toEnd))
            {
                return true;
            }
        }

        return false;
    }
}
