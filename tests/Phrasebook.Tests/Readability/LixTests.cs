using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Readability;

namespace Phrasebook.Tests.Readability;

public sealed class LixTests
{
    [Theory]
    // 4 words, 1 sentence, no word over six letters: 4 + 0.
    [InlineData("Katten sitter på mattan.", 4, 1, 0, 4.0)]
    // 3 words, 1 sentence, 2 long words: 3 + 66.67.
    [InlineData("Drivstofftillegget følger dieselprisen.", 3, 1, 2, 69.67)]
    // 10 words, 2 sentences, 1 long word (fakturaen; posten and tretti have six letters): 5 + 10.
    [InlineData("Du får fakturaen i posten. Betal den innen tretti dager.", 10, 2, 1, 15.0)]
    // No closing full stop: still one sentence; "12,5" is a number, not a word; 3 long words of 5: 5 + 60.
    [InlineData("Tillegget er 12,5 prosent av frakten", 5, 1, 3, 65.0)]
    // Colon ends a sentence; "e-faktura" is one word of eight letters.
    [InlineData("Husk dette: send e-faktura.", 4, 2, 1, 27.0)]
    public void Lix_matches_hand_counted_values(string text, int words, int sentences, int longWords, double lix)
    {
        var score = Lix.Of(text);
        Assert.Equal((words, sentences, longWords), (score.Words, score.Sentences, score.LongWords));
        Assert.Equal(lix, score.Value, 2);
    }

    [Fact]
    public async Task A_hard_summary_is_a_warning_with_file_line_and_score()
    {
        using var site = Repo.CopySample();
        PlantHardSummary(site);
        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root });
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Diagnostics, d => d.Code == "PB105" && d.Location.Path == "input/industries/logistics/hard.yml");
        Assert.Equal(4, warning.Location.Line);
        Assert.Contains("The summary of 'hard-summary' in 'nb' is hard to read: LIX 85 (the limit is 40; 5 words in 1 sentence(s), 4 long words).", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    // A planted summary of LIX 58 is warned about at the default of 40 and not at 84; one of LIX 85 up to 84.
    // The sample's own summaries are plain enough (it passes check --strict), so no other warning may appear.
    [InlineData(null, true, true)]
    [InlineData(84, true, false)]
    [InlineData(200, false, false)]
    public void The_threshold_comes_from_statiq_json(int? threshold, bool hardWarned, bool moderateWarned)
    {
        using var site = Repo.CopySample();
        PlantHardSummary(site);
        // LIX 58: 8 words in 1 sentence, 4 of them long.
        site.Write("input/industries/logistics/moderate.yml", """
            id: moderate-summary
            term: {nb: Middels}
            summary:
              nb: Frakten beregnes etter vekten og avstanden til mottakeren.
            """);
        if (threshold is { } limit)
        {
            site.Write("statiq.json", site.Read("statiq.json").Replace("\"Theme\":", $"\"LixThreshold\": {limit},\n  \"Theme\":", StringComparison.Ordinal));
        }

        var bag = new DiagnosticBag();
        Assert.NotNull(ContentLoader.Load(site.Root, bag, 2));

        var diagnostics = bag.ToSortedList();
        Assert.DoesNotContain(diagnostics, d => d.IsError);
        var hard = diagnostics.Where(d => d.Code == "PB105").ToList();
        Assert.Equal(hardWarned, hard.Any(d => d.Location.Path == "input/industries/logistics/hard.yml"));
        Assert.Equal(moderateWarned, hard.Any(d => d.Location.Path == "input/industries/logistics/moderate.yml"));
        Assert.All(hard, d => Assert.Contains(d.Location.Path, new[] { "input/industries/logistics/hard.yml", "input/industries/logistics/moderate.yml" }));
        Assert.All(hard.Where(d => d.Location.Path.EndsWith("hard.yml", StringComparison.Ordinal)), d => Assert.Contains($"LIX 85 (the limit is {threshold ?? 40};", d.Message, StringComparison.Ordinal));
    }

    /// <summary>LIX 85: a warning under any threshold below 85, whatever the sample holds.</summary>
    private static void PlantHardSummary(TempSite site) => site.Write("input/industries/logistics/hard.yml", """
        id: hard-summary
        term: {nb: Vanskelig}
        summary:
          nb: Vederlagsberegningsgrunnlaget fastsettes etter gjeldende transportavtalebestemmelser.
        """);
}
