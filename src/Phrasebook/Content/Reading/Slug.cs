using System.Globalization;
using System.Text;

namespace Phrasebook.Content.Reading;

/// <summary>
/// The URL slug of an invoice code, as the content model defines it: lower case, Nordic letters in
/// ASCII (æ→ae, ø→o, å/ä→a, ö→o, ü→u, é→e, ß→ss, and the letters of <see cref="Spelled"/>; other letters
/// lose their marks), every run of other
/// characters one '-', trimmed. "MOMS 25%" → "moms-25", "RÄNTA" → "ranta", "EL/ENSK" → "el-ensk".
/// </summary>
public static class Slug
{
    public static string Of(string code)
    {
        var sb = new StringBuilder(code.Length);
        var pendingDash = false;
        foreach (var ch in code.ToLowerInvariant())
        {
            var ascii = Transliterate(ch);
            foreach (var c in ascii)
            {
                if (c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
                {
                    if (pendingDash && sb.Length > 0)
                    {
                        sb.Append('-');
                    }

                    pendingDash = false;
                    sb.Append(c);
                }
                else
                {
                    pendingDash = true;
                }
            }
        }

        return sb.ToString();
    }

    /// <summary>
    /// Letters spelled in ASCII by this table, not by their decomposition: the Nordic letters of the content
    /// model, and the letters with no decomposition that would otherwise be dropped (œ, ð, þ, ł, đ, ı, ħ, ŧ).
    /// The browser's codes.js gets this very table from the build (<see cref="JavaScriptTable"/>), so a code
    /// the site lists is found by the invoice page and the short-link 404 page under the same slug.
    /// </summary>
    public static readonly IReadOnlyDictionary<char, string> Spelled = new SortedDictionary<char, string>
    {
        ['æ'] = "ae",
        ['ø'] = "o",
        ['å'] = "a",
        ['ä'] = "a",
        ['ö'] = "o",
        ['ü'] = "u",
        ['é'] = "e",
        ['ß'] = "ss",
        ['œ'] = "oe",
        ['ð'] = "d",
        ['þ'] = "th",
        ['ł'] = "l",
        ['đ'] = "d",
        ['ı'] = "i",
        ['ħ'] = "h",
        ['ŧ'] = "t",
    };

    /// <summary>The marker in a theme's JavaScript that the build replaces with <see cref="JavaScriptTable"/>.</summary>
    public const string JavaScriptMarker = "{/* slug-spelling */}";

    /// <summary><see cref="Spelled"/> as a JavaScript object literal (JSON, non-ASCII escaped).</summary>
    public static string JavaScriptTable() =>
        "{" + string.Join(", ", Spelled.Select(p => $"\"\\u{(int)p.Key:x4}\": \"{p.Value}\"")) + "}";

    private static string Transliterate(char c) =>
        c < '\u0080' ? c.ToString() : Spelled.TryGetValue(c, out var spelled) ? spelled : StripMarks(c).ToLowerInvariant();

    /// <remarks>Lower-cased again: İ (U+0130) stays upper case in the invariant culture, and its base letter is I (as in the browser's NFD).</remarks>
    private static string StripMarks(char c)
    {
        var decomposed = c.ToString().Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder();
        foreach (var d in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(d) != UnicodeCategory.NonSpacingMark)
            {
                sb.Append(d);
            }
        }

        return sb.ToString();
    }
}
