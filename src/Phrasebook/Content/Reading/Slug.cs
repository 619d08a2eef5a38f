using System.Globalization;
using System.Text;

namespace Phrasebook.Content.Reading;

/// <summary>
/// The URL slug of an invoice code, as the content model defines it: lower case, Nordic letters in
/// ASCII (æ→ae, ø→o, å/ä→a, ö→o, ü→u, é→e, ß→ss; other letters lose their marks), every run of other
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

    private static string Transliterate(char c) => c switch
    {
        < '\u0080' => c.ToString(),
        'æ' => "ae",
        'ø' => "o",
        'å' or 'ä' => "a",
        'ö' => "o",
        'ü' => "u",
        'é' => "e",
        'ß' => "ss",
        _ => StripMarks(c),
    };

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
