using System.Text;

namespace Phrasebook.Lunr.Text;

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
        var scratch = Array.Empty<char>();
        var lower = ToLower(s, ref scratch);
        return lower.Length == s.Length && scratch.Length == 0 ? s : new string(lower);
    }

    /// <summary>
    /// <see cref="ToLower(string)"/> into <paramref name="scratch"/> (grown when too small), so a caller
    /// lowering many strings allocates no string for each; text already lowercase is returned as is.
    /// </summary>
    public static ReadOnlySpan<char> ToLower(string s, ref char[] scratch)
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

        // A character lowercases to at most two (U+0130, surrogate pairs).
        if (scratch.Length < s.Length * 2)
        {
            scratch = new char[Math.Max(s.Length * 2, 256)];
        }

        var output = scratch.AsSpan();
        s.AsSpan(0, i).CopyTo(output);
        var n = i;
        for (; i < s.Length; i++)
        {
            var c = s[i];
            if (c < 0x80)
            {
                output[n++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < s.Length && char.IsLowSurrogate(s[i + 1]))
            {
                var rune = new Rune(c, s[i + 1]);
                var lower = Unicode16Lowercase.TryMap(rune.Value, out var added) ? new Rune(added) : Rune.ToLowerInvariant(rune);
                n += lower.EncodeToUtf16(output[n..]);
                i++;
            }
            else if (c == '\u0130')
            {
                output[n++] = 'i';
                output[n++] = '\u0307';
            }
            else if (c == '\u03A3')
            {
                output[n++] = IsFinalSigma(s, i) ? '\u03C2' : '\u03C3';
            }
            else if (c < '\u0100')
            {
                // Æ, Ø, Å, Ä, Ö and their small letters: no call into the culture machinery (Latin1Case).
                output[n++] = Latin1Case.Lower(c);
            }
            else
            {
                output[n++] = Unicode16Lowercase.TryMap(c, out var added) ? (char)added : char.ToLowerInvariant(c);
            }
        }

        return output[..n];
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
