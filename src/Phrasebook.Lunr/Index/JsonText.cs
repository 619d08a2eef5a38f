using System.Globalization;
using System.Text;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// Writes strings and numbers exactly as <c>JSON.stringify</c> does, so our index is
/// byte-identical to lunr.js's: only '"', '\\' and control characters are escaped (short forms
/// where JSON has them, else \u00xx in lowercase hex), lone surrogates become \udxxx, and every
/// other character, U+2028 included, is written as is.
/// </summary>
internal static class JsonText
{
    public static void WriteString(PooledByteBuffer output, string value)
    {
        output.Write((byte)'"');
        WriteStringContent(output, value);
        output.Write((byte)'"');
    }

    /// <summary>The escaped string without its quotes, to write pieces of one JSON string (a field vector's "field/ref").</summary>
    public static void WriteStringContent(PooledByteBuffer output, string value)
    {
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

            WriteUtf8(output, value.AsSpan(run, i - run));
            WriteEscape(output, c);
            run = i + 1;
        }

        WriteUtf8(output, value.AsSpan(run));
    }

    /// <summary>The escaped string without its quotes, as UTF-8 bytes to copy many times.</summary>
    public static byte[] EncodeStringContent(string value)
    {
        using var buffer = new PooledByteBuffer();
        WriteStringContent(buffer, value);
        return buffer.ToArray();
    }

    public static void WriteInteger(PooledByteBuffer output, long value)
    {
        value.TryFormat(output.GetSpan(20), out var written, default, CultureInfo.InvariantCulture);
        output.Advance(written);
    }

    /// <summary>
    /// A weight lunr rounded to thousandths. Written from the integer count of thousandths,
    /// which is what the shortest round-trip form is, without formatting a double.
    /// </summary>
    public static void WriteThousandths(PooledByteBuffer output, double value)
    {
        var thousandths = Math.Round(value * 1000);
        if (Math.Abs(thousandths) >= 1e15 || thousandths / 1000 != value || thousandths == 0)
        {
            WriteNumber(output, value);
            return;
        }

        // Laid out in one span: there is one weight per term of every field vector.
        var k = (long)thousandths;
        var span = output.GetSpan(24);
        var at = 0;
        if (k < 0)
        {
            span[at++] = (byte)'-';
            k = -k;
        }

        var whole = k / 1000;
        if (whole < 10)
        {
            span[at++] = (byte)('0' + whole);
        }
        else
        {
            whole.TryFormat(span[at..], out var digits, default, CultureInfo.InvariantCulture);
            at += digits;
        }

        var fraction = (int)(k % 1000);
        if (fraction != 0)
        {
            span[at++] = (byte)'.';
            span[at++] = (byte)('0' + (fraction / 100));
            fraction %= 100;
            if (fraction != 0)
            {
                span[at++] = (byte)('0' + (fraction / 10));
                if (fraction % 10 != 0)
                {
                    span[at++] = (byte)('0' + (fraction % 10));
                }
            }
        }

        output.Advance(at);
    }

    public static void WriteNumber(PooledByteBuffer output, double value)
    {
        var sb = new StringBuilder(24);
        WriteNumber(sb, value);
        foreach (var chunk in sb.GetChunks())
        {
            WriteUtf8(output, chunk.Span);
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

    private static void WriteUtf8(PooledByteBuffer output, ReadOnlySpan<char> text)
    {
        if (text.IsEmpty)
        {
            return;
        }

        var written = Encoding.UTF8.GetBytes(text, output.GetSpan(Encoding.UTF8.GetMaxByteCount(text.Length)));
        output.Advance(written);
    }

    private static void WriteEscape(PooledByteBuffer output, char c)
    {
        switch (c)
        {
            case '"': output.Write("\\\""u8); break;
            case '\\': output.Write("\\\\"u8); break;
            case '\b': output.Write("\\b"u8); break;
            case '\f': output.Write("\\f"u8); break;
            case '\n': output.Write("\\n"u8); break;
            case '\r': output.Write("\\r"u8); break;
            case '\t': output.Write("\\t"u8); break;
            default:
                output.Write("\\u"u8);
                ((int)c).TryFormat(output.GetSpan(4), out var written, "x4", CultureInfo.InvariantCulture);
                output.Advance(written);
                break;
        }
    }
}
