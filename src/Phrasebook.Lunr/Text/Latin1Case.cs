namespace Phrasebook.Lunr.Text;

/// <summary>
/// Lowercase of text whose characters are all below U+0100, without the culture machinery. .NET lowercases
/// any character outside ASCII through ICU, one call per text or per character: a quarter of a second of every
/// 10,000-term build went to lowercasing Nordic words that were lowercase already (æ, ø, å, ä, ö). Below U+0100
/// the capitals are A-Z and U+00C0-U+00DE without U+00D7, each a fixed distance (0x20) from its small letter, and
/// no character has a context rule or a two-character lowercase: what ToLowerInvariant and JavaScript's
/// toLowerCase give for them.
/// </summary>
public static class Latin1Case
{
    /// <summary>The lowercase of <paramref name="c"/>, which must be below U+0100.</summary>
    public static char Lower(char c) =>
        c is (>= 'A' and <= 'Z') or (>= '\u00C0' and <= '\u00DE' and not '\u00D7') ? (char)(c + 0x20) : c;

    /// <summary>
    /// Writes the lowercase of <paramref name="text"/> into <paramref name="into"/> (at least as long), or returns
    /// false, writing nothing useful, when a character is U+0100 or above.
    /// </summary>
    public static bool TryLower(ReadOnlySpan<char> text, Span<char> into)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c >= '\u0100')
            {
                return false;
            }

            into[i] = Lower(c);
        }

        return true;
    }
}
