using Phrasebook.Search.Tests.Support;

namespace Phrasebook.Search.Tests.Languages;

/// <summary>
/// Every line of shared/data/lunr-stems/&lt;lang&gt;.tsv is a word and the stem the browser
/// computes for it; the index must agree on every one or searches silently miss.
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
        var lines = File.ReadAllLines(Path.Combine(TestPaths.SharedStems, code + ".tsv"));
        var mismatches = new List<string>();
        var checkedCount = 0;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            var tab = line.IndexOf('\t');
            var (word, expected) = (line[..tab], line[(tab + 1)..]);
            var actual = language.Stem(word);
            checkedCount++;
            if (actual != expected)
            {
                mismatches.Add($"{word}: expected {expected}, got {actual}");
            }
        }

        Assert.True(checkedCount > 20_000, $"only {checkedCount} lines in {code}.tsv");
        Assert.True(mismatches.Count == 0, $"{mismatches.Count} of {checkedCount} differ:\n" + string.Join('\n', mismatches.Take(40)));
    }
}
