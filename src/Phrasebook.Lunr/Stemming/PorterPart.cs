namespace Phrasebook.Lunr.Stemming;

/// <summary>
/// The pieces lunr's Porter measure patterns are made of. Consonant and vowel here follow
/// lunr's character classes, not English: 'y' may open either a consonant run or a vowel run.
/// </summary>
internal enum PorterPart : byte
{
    /// <summary><c>C</c>: one char not in "aeiou", then chars not in "aeiouy".</summary>
    Consonants,

    /// <summary><c>(C)?</c>.</summary>
    OptionalConsonants,

    /// <summary><c>V</c>: one char in "aeiouy", then chars in "aeiou".</summary>
    Vowels,

    /// <summary><c>(V)?</c>.</summary>
    OptionalVowels,

    /// <summary><c>v</c>: exactly one char in "aeiouy".</summary>
    Vowel,

    /// <summary>Exactly one char not in "aeiouwxy" (the end of a short cvc syllable).</summary>
    FinalConsonant,
}
