using System.Globalization;
using Phrasebook.Lunr.Tests.Support;
using Phrasebook.Lunr.Text;

namespace Phrasebook.Lunr.Tests.Text;

/// <summary>lunr lowercases with JS toLowerCase; ours must agree on every code point.</summary>
public sealed class JsLowercaseTests
{
    [Fact]
    public void ToLower_matches_node_on_every_code_point()
    {
        var expected = new Dictionary<int, string>();
        foreach (var line in LunrNode.Run("lowercase-table.js", string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            var units = line[(tab + 1)..].Split(' ').Select(u => (char)int.Parse(u, NumberStyles.HexNumber, CultureInfo.InvariantCulture));
            expected[int.Parse(line[..tab], NumberStyles.HexNumber, CultureInfo.InvariantCulture)] = new string([.. units]);
        }

        var mismatches = new List<string>();
        for (var cp = 0; cp <= 0x10FFFF; cp++)
        {
            if (cp is >= 0xD800 and <= 0xDFFF)
            {
                continue;
            }

            var s = char.ConvertFromUtf32(cp);
            var want = expected.GetValueOrDefault(cp, s);
            var got = JsText.ToLower(s);
            if (got != want)
            {
                mismatches.Add($"U+{cp:X4}: node {Hex(want)}, C# {Hex(got)}");
            }
        }

        Assert.True(expected.Count > 1000, $"node listed only {expected.Count} code points");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} code points differ:\n" + string.Join('\n', mismatches.Take(50)));
    }

    [Theory]
    [InlineData("ΟΔΟΣ", "οδος")]
    [InlineData("ΟΔΟΣ ΣΑΣ", "οδος σας")]
    [InlineData("Σ", "σ")]
    [InlineData("ΣΑ", "σα")]
    [InlineData("İstanbul", "i\u0307stanbul")]
    [InlineData("ÆØÅÄÖ", "æøåäö")]
    [InlineData("already lower", "already lower")]
    public void ToLower_applies_context_rules(string input, string expected) =>
        Assert.Equal(expected, JsText.ToLower(input));

    [Fact]
    public void Latin1_lowercase_is_the_invariant_lowercase_of_every_character_below_U0100()
    {
        // StemCache lowercases words with it instead of ToLowerInvariant; JsText is checked against node above.
        var all = new string([.. Enumerable.Range(0, 0x100).Select(c => (char)c)]);
        var lower = new char[all.Length];

        Assert.True(Latin1Case.TryLower(all, lower));
        Assert.Equal(all.ToLowerInvariant(), new string(lower));
        Assert.All(all, c => Assert.Equal(char.ToLowerInvariant(c), Latin1Case.Lower(c)));
        Assert.False(Latin1Case.TryLower("Ålesund Łódź", new char[12]));
    }

    private static string Hex(string s) => string.Join(' ', s.Select(c => ((int)c).ToString("x4", CultureInfo.InvariantCulture)));
}
