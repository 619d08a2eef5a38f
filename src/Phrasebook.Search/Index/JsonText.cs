using System.Globalization;
using System.Text;

namespace Phrasebook.Search.Index;

/// <summary>
/// Writes strings and numbers exactly as <c>JSON.stringify</c> does, so our index is
/// byte-identical to lunr.js's: only '"', '\\' and control characters are escaped (short forms
/// where JSON has them, else \u00xx in lowercase hex), lone surrogates become \udxxx, and every
/// other character, U+2028 included, is written as is.
/// </summary>
internal static class JsonText
{
    public static void WriteString(StringBuilder sb, string value)
    {
        sb.Append('"');
        var run = 0;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c >= 0x20 && c != '"' && c != '\\' && !char.IsSurrogate(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
                continue;
            }

            sb.Append(value, run, i - run);
            AppendEscape(sb, c);
            run = i + 1;
        }

        sb.Append(value, run, value.Length - run).Append('"');
    }

    /// <summary>
    /// A weight lunr rounded to thousandths. Written from the integer count of thousandths,
    /// which is what the shortest round-trip form is, without formatting a double.
    /// </summary>
    public static void WriteThousandths(StringBuilder sb, double value)
    {
        var thousandths = Math.Round(value * 1000);
        if (Math.Abs(thousandths) >= 1e15 || thousandths / 1000 != value || thousandths == 0)
        {
            WriteNumber(sb, value);
            return;
        }

        var k = (long)thousandths;
        if (k < 0)
        {
            sb.Append('-');
            k = -k;
        }

        sb.Append(CultureInfo.InvariantCulture, $"{k / 1000}");
        var fraction = (int)(k % 1000);
        if (fraction == 0)
        {
            return;
        }

        sb.Append('.').Append((char)('0' + (fraction / 100)));
        fraction %= 100;
        if (fraction != 0)
        {
            sb.Append((char)('0' + (fraction / 10)));
            if (fraction % 10 != 0)
            {
                sb.Append((char)('0' + (fraction % 10)));
            }
        }
    }

    /// <summary>
    /// JS Number-to-string: the shortest round-trip digits (as .NET's "R" gives them), laid
    /// out by ECMAScript's rules: plain decimals from 1e-6 up to 1e21, exponent form outside.
    /// NaN and infinities are null in JSON; -0 is "0".
    /// </summary>
    public static void WriteNumber(StringBuilder sb, double value)
    {
        if (!double.IsFinite(value))
        {
            sb.Append("null");
            return;
        }

        if (value == 0)
        {
            sb.Append('0');
            return;
        }

        var r = value.ToString("R", CultureInfo.InvariantCulture);
        var e = r.IndexOf('E');
        if (e < 0)
        {
            // Without an exponent .NET and JS agree: both print the plain shortest decimal.
            sb.Append(r);
            return;
        }

        AppendWithExponent(sb, r, e);
    }

    private static void AppendWithExponent(StringBuilder sb, string r, int e)
    {
        var negative = r[0] == '-';
        var mantissa = r[(negative ? 1 : 0)..e];
        var exponent = int.Parse(r.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var dot = mantissa.IndexOf('.');
        var digits = dot < 0 ? mantissa : mantissa.Remove(dot, 1);
        var k = digits.Length;
        var n = exponent + (dot < 0 ? mantissa.Length : dot); // value = 0.digits * 10^n

        if (negative)
        {
            sb.Append('-');
        }

        if (k <= n && n <= 21)
        {
            sb.Append(digits).Append('0', n - k);
        }
        else if (n > 0 && n <= 21)
        {
            sb.Append(digits, 0, n).Append('.').Append(digits, n, k - n);
        }
        else if (n > -6 && n <= 0)
        {
            sb.Append("0.").Append('0', -n).Append(digits);
        }
        else
        {
            sb.Append(digits[0]);
            if (k > 1)
            {
                sb.Append('.').Append(digits, 1, k - 1);
            }

            sb.Append('e').Append(n - 1 >= 0 ? '+' : '-').Append(Math.Abs(n - 1).ToString(CultureInfo.InvariantCulture));
        }
    }

    private static void AppendEscape(StringBuilder sb, char c)
    {
        switch (c)
        {
            case '"': sb.Append("\\\""); break;
            case '\\': sb.Append("\\\\"); break;
            case '\b': sb.Append("\\b"); break;
            case '\f': sb.Append("\\f"); break;
            case '\n': sb.Append("\\n"); break;
            case '\r': sb.Append("\\r"); break;
            case '\t': sb.Append("\\t"); break;
            default:
                sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                break;
        }
    }
}
