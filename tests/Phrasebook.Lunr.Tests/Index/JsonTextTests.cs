using System.Text;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Index;

public sealed class JsonTextTests
{
    [Theory]
    [InlineData(1.234, "1.234")]
    [InlineData(15.098, "15.098")]
    [InlineData(0.001, "0.001")]
    [InlineData(-0.0, "0")]
    [InlineData(-2.5, "-2.5")]
    [InlineData(1e-5, "0.00001")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-7, "1.5e-7")]
    [InlineData(1e15, "1000000000000000")]
    [InlineData(123456789012345680000.0, "123456789012345680000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(2.5e300, "2.5e+300")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "null")]
    public void WriteNumber_formats_like_javascript(double value, string expected)
    {
        var sb = new StringBuilder();
        JsonText.WriteNumber(sb, value);
        Assert.Equal(expected, sb.ToString());
    }

    [Theory]
    [InlineData(0.1, "0.1")]
    [InlineData(0.05, "0.05")]
    [InlineData(0.001, "0.001")]
    [InlineData(15.098, "15.098")]
    [InlineData(12.199, "12.199")]
    [InlineData(7.0, "7")]
    [InlineData(-1.5, "-1.5")]
    [InlineData(-0.0, "0")]
    [InlineData(123456789.123, "123456789.123")]
    [InlineData(1e300, "1e+300")]
    public void WriteThousandths_matches_WriteNumber_for_rounded_weights(double value, string expected)
    {
        var fast = Utf8(output => JsonText.WriteThousandths(output, value));
        var general = Utf8(output => JsonText.WriteNumber(output, value));
        Assert.Equal(expected, fast);
        Assert.Equal(general, fast);
    }

    [Fact]
    public void WriteThousandths_matches_WriteNumber_on_every_weight_up_to_200()
    {
        using var fast = new PooledByteBuffer();
        var general = new StringBuilder();
        for (var k = -200_000; k <= 200_000; k++)
        {
            var value = JsMath.Round(k) / 1000;
            JsonText.WriteThousandths(fast, value);
            fast.Write((byte)' ');
            JsonText.WriteNumber(general, value);
            general.Append(' ');
        }

        Assert.Equal(general.ToString(), Encoding.UTF8.GetString(fast.ToArray()));
    }

    [Theory]
    [InlineData("æøå ÆØÅ – §", "\"æøå ÆØÅ – §\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\b\f\n\r\t", "\"\\b\\f\\n\\r\\t\"")]
    [InlineData("\u0001\u001f\u007f", "\"\\u0001\\u001f\u007f\"")]
    [InlineData("\u2028\u2029", "\"\u2028\u2029\"")]
    [InlineData("🚚", "\"🚚\"")]
    public void WriteString_escapes_like_JSON_stringify(string value, string expected)
    {
        Assert.Equal(expected, Utf8(output => JsonText.WriteString(output, value)));
    }

    [Fact]
    public void WriteString_escapes_lone_surrogates_in_lowercase_hex()
    {
        // Built at run time: attribute arguments cannot carry lone surrogates.
        var json = Utf8(output => JsonText.WriteString(output, "x" + '\uD800' + "y" + '\uDC00' + "\uD83D\uDE9A"));
        Assert.Equal("\"x\\ud800y\\udc00🚚\"", json);
    }

    [Theory]
    [InlineData(2.5, 3)]
    [InlineData(-2.5, -2)]
    [InlineData(0.49999999999999994, 0)]
    [InlineData(1234.5, 1235)]
    [InlineData(-0.4, 0)]
    public void Round_is_javascript_Math_round(double value, double expected) =>
        Assert.Equal(expected, JsMath.Round(value));

    [Fact]
    public void A_long_string_crosses_buffer_chunks_intact()
    {
        var value = string.Concat(Enumerable.Repeat("æøå \"🚚\" ", 50_000));
        var expected = "\"" + value.Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
        Assert.Equal(expected, Utf8(output =>
        {
            output.Write("x"u8);
            JsonText.WriteString(output, value);
        })[1..]);
    }

    private static string Utf8(Action<PooledByteBuffer> write)
    {
        using var output = new PooledByteBuffer();
        write(output);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
