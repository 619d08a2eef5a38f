using Phrasebook.Lunr.Tests.Support;

namespace Phrasebook.Lunr.Tests.Languages;

/// <summary>
/// Every word of the Snowball vocabulary of a language (tests/Phrasebook.Lunr.Tests/Vocabularies)
/// is stemmed by the browser's code (lunr / lunr-languages in Node, tests/lunr-node/stem-words.js)
/// and by the C# stemmer; the index must agree on every one or searches silently miss.
/// </summary>
public sealed class StemmerReferenceTests
{
    [Theory]
    [InlineData("no")]
    [InlineData("sv")]
    [InlineData("da")]
    [InlineData("en")]
    public void Stem_reproduces_every_reference_line(string code)
    {
        var language = LunrLanguage.For(code);
        var lines = BrowserStems(code);
        var mismatches = new List<string>();
        foreach (var (word, expected) in lines)
        {
            var actual = language.Stem(word);
            if (actual != expected)
            {
                mismatches.Add($"{word}: expected {expected}, got {actual}");
            }
        }

        Assert.True(lines.Count > 20_000, $"only {lines.Count} words in Vocabularies/{code}.txt");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {lines.Count} differ:\n" + string.Join('\n', mismatches.Take(40)));
    }

    /// <summary>Each word of Vocabularies/&lt;code&gt;.txt with the stem lunr.js computes for it.</summary>
    internal static List<(string Word, string Stem)> BrowserStems(string code)
    {
        var words = File.ReadAllText(Path.Combine(TestPaths.Vocabularies, code + ".txt"));
        var output = LunrNode.Run("stem-words.js", code + "\n" + words);
        var pairs = new List<(string, string)>();
        foreach (var line in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var tab = line.IndexOf('\t');
            pairs.Add((line[..tab], line[(tab + 1)..]));
        }

        Assert.Equal(words.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length, pairs.Count);
        return pairs;
    }
}
