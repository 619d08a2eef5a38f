namespace Phrasebook.Lunr.Tests.Languages;

public sealed class LunrLanguageTests
{
    [Theory]
    [InlineData("nb", "no")]
    [InlineData("nn", "no")]
    [InlineData("no", "no")]
    [InlineData("nb-NO", "no")]
    [InlineData("sv", "sv")]
    [InlineData("da", "da")]
    [InlineData("en", "en")]
    public void For_maps_site_languages_to_lunr_languages(string site, string code) =>
        Assert.Equal(code, LunrLanguage.For(site).Code);

    [Fact]
    public void For_rejects_unknown_languages() =>
        Assert.Contains("'fi'", Assert.Throws<ArgumentException>(() => LunrLanguage.For("fi")).Message);

    [Fact]
    public void Pipelines_are_named_as_lunr_serializes_and_registers_them()
    {
        Assert.Equal(["trimmer-no", "stemmer-no"], LunrLanguage.Norwegian.SearchPipeline);
        Assert.Equal(["trimmer-no", "stopWordFilter-no", "stemmer-no"], LunrLanguage.Norwegian.BuildPipeline);
        Assert.Equal(["trimmer-sv", "stemmer-sv"], LunrLanguage.Swedish.SearchPipeline);
        Assert.Equal(["trimmer-da", "stemmer-da"], LunrLanguage.Danish.SearchPipeline);
        Assert.Equal(["stemmer"], LunrLanguage.English.SearchPipeline);
        Assert.Equal(["trimmer", "stopWordFilter", "stemmer"], LunrLanguage.English.BuildPipeline);
    }

    [Theory]
    [InlineData("no", "«Fraktbrevet»", "fraktbrev")]
    [InlineData("no", "Tollkodene,", "tollkod")]
    [InlineData("no", "og", null)]
    [InlineData("no", "2024", "2024")]
    [InlineData("no", "&", "")]
    [InlineData("sv", "Lastbilarna", "lastbil")]
    [InlineData("sv", "och", null)]
    [InlineData("da", "Fragtbrevene", "fragtbrev")]
    [InlineData("en", "Running!", "run")]
    [InlineData("en", "The", null)]
    [InlineData("en", "æble", "ble")]
    public void NormalizeTerm_runs_the_whole_build_pipeline(string code, string word, string? expected) =>
        Assert.Equal(expected, LunrLanguage.For(code).NormalizeTerm(word));

    [Theory]
    [InlineData("no", "-(æøå)-", "æøå")]
    [InlineData("no", "§12.", "12")]
    [InlineData("no", "_x_", "x")]
    [InlineData("en", "_x_", "_x_")]
    [InlineData("en", "(æøå)", "")]
    public void Trim_strips_non_word_characters_at_both_ends(string code, string token, string expected) =>
        Assert.Equal(expected, LunrLanguage.For(code).Trim(token));

    [Fact]
    public void Stop_words_are_the_lists_lunr_languages_ships()
    {
        Assert.True(LunrLanguage.Norwegian.IsStopWord("være"));
        Assert.False(LunrLanguage.Norwegian.IsStopWord("frakt"));
        Assert.True(LunrLanguage.Swedish.IsStopWord("själv"));
        Assert.True(LunrLanguage.Danish.IsStopWord("hvis"));
        Assert.True(LunrLanguage.English.IsStopWord("twas"));
        Assert.False(LunrLanguage.English.IsStopWord("og"));
    }

    [Fact]
    public void Stemming_is_safe_in_parallel()
    {
        var words = File.ReadAllLines(Path.Combine(Support.TestPaths.Vocabularies, "no.txt"))
            .Where(line => line.Length > 0)
            .ToArray();
        var alone = words.Select(LunrLanguage.Norwegian.Stem).ToArray();
        var results = new string[words.Length];

        Parallel.For(0, words.Length, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
            results[i] = LunrLanguage.Norwegian.Stem(words[i]));

        Assert.Equal(alone, results);
    }
}
