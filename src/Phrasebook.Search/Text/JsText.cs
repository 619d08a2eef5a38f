using System.Text;

namespace Phrasebook.Search.Text;

/// <summary>
/// The few JavaScript string semantics lunr.js relies on. .NET's own notions differ in
/// small places (char.IsWhiteSpace accepts U+0085 and rejects U+FEFF; ToLowerInvariant
/// has no context rules), and any difference makes the browser miss what we indexed.
/// </summary>
internal static class JsText
{
    /// <summary>JS <c>\s</c>: WhiteSpace plus LineTerminator of ECMAScript 2019+.</summary>
    public static bool IsWhiteSpace(char c) => c switch
    {
        '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' => true,
        < '\u1680' => false,
        '\u1680' or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF' => true,
        >= '\u2000' and <= '\u200A' => true,
        _ => false,
    };

    /// <summary>lunr.tokenizer.separator is <c>/[\s\-]+/</c>.</summary>
    public static bool IsTokenSeparator(char c) => c == '-' || IsWhiteSpace(c);

    /// <summary>The characters JS's <c>.</c> does not match.</summary>
    public static bool IsLineTerminator(char c) => c is '\n' or '\r' or '\u2028' or '\u2029';

    /// <summary>
    /// <c>String.prototype.toLowerCase</c>: full Unicode lowercase mapping, i.e. the simple
    /// mapping plus U+0130 (two chars) and the final-sigma context rule.
    /// </summary>
    public static string ToLower(string s)
    {
        var i = 0;
        // Fast path: most text is already lowercase ASCII, so return it without copying.
        while (i < s.Length && s[i] < 0x80 && !char.IsAsciiLetterUpper(s[i]))
        {
            i++;
        }

        if (i == s.Length)
        {
            return s;
        }

        var sb = new StringBuilder(s.Length);
        sb.Append(s, 0, i);
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                sb.Append(char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c);
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var rune = new Rune(c, s[i + 1]);
                var lower = Unicode16Lowercase.TryMap(rune.Value, out var added) ? new Rune(added) : Rune.ToLowerInvariant(rune);
                sb.Append(lower.ToString());
                i++;
            }
            else if (c == '\u0130')
            {
                sb.Append("i\u0307");
            }
            else if (c == '\u03A3')
            {
                sb.Append(IsFinalSigma(s, i) ? '\u03C2' : '\u03C3');
            }
            else
            {
                sb.Append(Unicode16Lowercase.TryMap(c, out var added) ? (char)added : char.ToLowerInvariant(c));
            }
        }

        return sb.ToString();
    }

    // Unicode's Final_Sigma: preceded by a cased letter and not followed by one, skipping
    // case-ignorable characters (approximated by marks and format characters).
    private static bool IsFinalSigma(string s, int at)
    {
        var before = at - 1;
        while (before >= 0 && IsCaseIgnorable(s[before]))
        {
            before--;
        }

        if (before < 0 || !IsCased(s[before]))
        {
            return false;
        }

        var after = at + 1;
        while (after < s.Length && IsCaseIgnorable(s[after]))
        {
            after++;
        }

        return after >= s.Length || !IsCased(s[after]);
    }

    private static bool IsCased(char c) => char.IsUpper(c) || char.IsLower(c)
        || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.TitlecaseLetter;

    private static bool IsCaseIgnorable(char c) => c is '\'' or '.' or ':' or '\u00AD' or '\u2019'
        || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.NonSpacingMark
            or System.Globalization.UnicodeCategory.EnclosingMark
            or System.Globalization.UnicodeCategory.Format
            or System.Globalization.UnicodeCategory.ModifierLetter
            or System.Globalization.UnicodeCategory.ModifierSymbol;
}
