namespace Phrasebook.Lunr.Stemming;

/// <summary>
/// The suffix tables of lunr 2.3.9's Porter stemmer (steps 2, 3, 4). Each is ordered longest
/// first: lunr matches <c>^(.+?)(suffixes)$</c>, whose lazy prefix picks the longest suffix
/// that still leaves at least one character before it.
/// </summary>
internal static class PorterSuffixes
{
    public static readonly (string Suffix, string Replacement)[] Step2 = ByLength(
    [
        ("ational", "ate"), ("tional", "tion"), ("enci", "ence"), ("anci", "ance"), ("izer", "ize"),
        ("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous"),
        ("ization", "ize"), ("ation", "ate"), ("ator", "ate"), ("alism", "al"), ("iveness", "ive"),
        ("fulness", "ful"), ("ousness", "ous"), ("aliti", "al"), ("iviti", "ive"), ("biliti", "ble"),
        ("logi", "log"),
    ]);

    public static readonly (string Suffix, string Replacement)[] Step3 = ByLength(
    [
        ("icate", "ic"), ("ative", ""), ("alize", "al"), ("iciti", "ic"), ("ical", "ic"),
        ("ful", ""), ("ness", ""),
    ]);

    public static readonly (string Suffix, string Replacement)[] Step4 = ByLength(
    [
        ("al", ""), ("ance", ""), ("ence", ""), ("er", ""), ("ic", ""), ("able", ""), ("ible", ""),
        ("ant", ""), ("ement", ""), ("ment", ""), ("ent", ""), ("ou", ""), ("ism", ""), ("ate", ""),
        ("iti", ""), ("ous", ""), ("ive", ""), ("ize", ""),
    ]);

    private static (string, string)[] ByLength((string Suffix, string Replacement)[] table) =>
        [.. table.OrderByDescending(entry => entry.Suffix.Length)];
}
