using System.Globalization;
using Phrasebook.Lunr.Tests.Support;
using Phrasebook.Lunr.Text;

namespace Phrasebook.Lunr.Tests.Text;

public sealed class TokenSeparatorTests
{
    [Fact]
    public void Separator_classifier_matches_lunr_tokenizer_separator_on_every_code_unit()
    {
        var expected = LunrNode.Run("separators.js", string.Empty)
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(hex => (char)int.Parse(hex, NumberStyles.HexNumber, CultureInfo.InvariantCulture))
            .ToHashSet();

        var actual = Enumerable.Range(0, 0x10000).Select(c => (char)c).Where(JsText.IsTokenSeparator).ToHashSet();

        Assert.Equal(26, expected.Count);
        Assert.Equal(expected.Order(), actual.Order());
        Assert.DoesNotContain('\u0085', actual);
        Assert.Contains('\uFEFF', actual);
    }

    [Theory]
    [InlineData("Fraktbrev og  TOLL", new[] { "fraktbrev", "og", "toll" })]
    [InlineData("bil--frakt -x y-", new[] { "bil", "frakt", "x", "y" })]
    [InlineData("a\u0085b c\uFEFFd e\u00A0f", new[] { "a\u0085b", "c", "d", "e", "f" })]
    [InlineData("12,5 – §", new[] { "12,5", "–", "§" })]
    [InlineData("   ", new string[0])]
    public void Tokenize_lowercases_and_splits_like_lunr(string text, string[] expected) =>
        Assert.Equal(expected, LunrLanguage.Norwegian.Tokenize(text));
}
