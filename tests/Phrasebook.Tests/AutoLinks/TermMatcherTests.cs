namespace Phrasebook.Tests.AutoLinks;

public sealed class TermMatcherTests(LinkedSite site) : IClassFixture<LinkedSite>
{
    private List<(string Text, string Term)> Find(string lang, string text) =>
        [.. site.Matcher(lang).Find(text).Select(m => (text[m.Start..m.End], m.TermId))];

    [Theory]
    [InlineData("nb", "Vi legger frakten til på fakturaen.", "frakten", "freight-charge")]
    [InlineData("nb", "Drivstofftillegget endres hver måned.", "Drivstofftillegget", "fuel-surcharge")]
    [InlineData("nb", "Prisen er uten merverdiavgiften.", "merverdiavgiften", "vat")]
    [InlineData("sv", "Frakten står på fakturan.", "Frakten", "freight-charge")]
    [InlineData("sv", "Vi lägger på ett bränsletillägg.", "bränsletillägg", "fuel-surcharge")]
    [InlineData("en", "Fuel surcharges change every month.", "Fuel surcharges", "fuel-surcharge")]
    public void Inflected_forms_match_through_the_stemmer(string lang, string text, string mention, string term) =>
        Assert.Contains((mention, term), Find(lang, text));

    [Fact]
    public void The_longest_match_wins()
    {
        Assert.Equal([("fuel surcharge", "fuel-surcharge")], Find("en", "The fuel surcharge is new."));
        Assert.Equal([("fuel", "fuel")], Find("en", "The fuel is expensive."));
    }

    [Fact]
    public void Matches_are_whole_words_and_ignore_case()
    {
        Assert.Empty(Find("nb", "Leveringen er mvafri."));
        Assert.Equal([("MVA", "vat")], Find("nb", "Prisen er uten MVA."));
        Assert.Equal([("mva", "vat")], Find("nb", "Prisen er uten mva."));
    }

    [Fact]
    public void A_customer_word_two_terms_claim_is_never_linked() =>
        Assert.Empty(Find("nb", "Dette er et fellesord."));

    [Fact]
    public void A_term_with_autolink_false_is_never_linked() =>
        Assert.Empty(Find("nb", "Her står et stilleord."));
}
