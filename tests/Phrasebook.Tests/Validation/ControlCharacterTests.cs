using Phrasebook.Content.Yaml;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// <see cref="TextRules.FindControlCharacter"/> searches vectorized, one kind of character at a time; it must
/// find the same first character as the plain rule (checked char by char here) in any text.
/// </summary>
public sealed class ControlCharacterTests
{
    // Every class the rule tells apart: allowed controls, C0, DEL, C1, letters either side of C1, both
    // halves of a surrogate pair, U+FFFE/U+FFFF and their neighbours.
    private const string Alphabet = "aZ ø\t\n\r\u0000\u0001\u001F\u007F\u0080\u009F\u00A0\u00FF\uD83D\uDE00\uD7FF\uE000\uFFFD\uFFFE\uFFFF";

    [Fact]
    public void Finds_the_same_first_control_character_as_the_plain_rule_in_random_texts()
    {
        var random = new Random(25);
        for (var n = 0; n < 20_000; n++)
        {
            var chars = new char[random.Next(0, 80)];
            for (var i = 0; i < chars.Length; i++)
            {
                // Mostly letters, as in real texts, so hits come late and after pairs.
                chars[i] = random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)random.Next('a', 'z' + 1);
            }

            var text = new string(chars);
            Assert.True(Plain(text) == TextRules.FindControlCharacter(text), $"text {string.Join(' ', text.Select(c => ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)))}");
        }
    }

    // Written escaped (`\\uD83D`): xunit cannot carry a lone surrogate in a test case's name.
    [Theory]
    [InlineData("abc\\uD83D", 3)] // a high surrogate at the end
    [InlineData("\\uDE00abc", 0)] // a low surrogate alone
    [InlineData("a\\uD83D\\u0001", 1)] // a high surrogate before a control character
    [InlineData("\\uD83D\\uDE00\\uD83D\\uDE00\\u0085", 4)] // C1 after two pairs
    [InlineData("ok\\r\\n\\t\\u007F", 5)]
    [InlineData("\\uFFFF", 0)]
    public void Reports_the_first_character_no_page_may_hold(string escaped, int at) =>
        Assert.Equal(at, TextRules.FindControlCharacter(System.Text.RegularExpressions.Regex.Unescape(escaped)));

    /// <summary>The rule as written in docs: char by char.</summary>
    private static int Plain(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\t' or '\n' or '\r')
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (c < ' ' || c is >= '\u007F' and <= '\u009F' or '\uFFFE' or '\uFFFF' || char.IsSurrogate(c))
            {
                return i;
            }
        }

        return -1;
    }
}
