using Phrasebook.Content.Reading;

namespace Phrasebook.Tests.Validation;

/// <summary>The code slug of the content model (URLs printed on invoices) and the "did you mean" helper.</summary>
public class SlugAndSuggestTests
{
    [Theory]
    [InlineData("MOMS 25%", "moms-25")]
    [InlineData("RÄNTA", "ranta")]
    [InlineData("EL/ENSK", "el-ensk")]
    [InlineData("FSC", "fsc")]
    [InlineData("FSC-01", "fsc-01")]
    [InlineData("Æ", "ae")]
    [InlineData("æ", "ae")]
    [InlineData("ØRE", "ore")]
    [InlineData("ø", "o")]
    [InlineData("Å", "a")]
    [InlineData("å", "a")]
    [InlineData("ä", "a")]
    [InlineData("Ö", "o")]
    [InlineData("ö", "o")]
    [InlineData("Ü", "u")]
    [InlineData("ü", "u")]
    [InlineData("É", "e")]
    [InlineData("é", "e")]
    [InlineData("ß", "ss")]
    [InlineData("STRAßE", "strasse")]
    [InlineData("GEBÜHR", "gebuhr")]
    [InlineData("FÆRGE ØST", "faerge-ost")]
    [InlineData("Crème brûlée", "creme-brulee")]
    [InlineData("ñ", "n")]
    [InlineData("Č", "c")]
    [InlineData("--FSC--", "fsc")]
    [InlineData("(FSC)", "fsc")]
    [InlineData("  fsc  ", "fsc")]
    [InlineData("%FSC%", "fsc")]
    [InlineData("A  -  B", "a-b")]
    [InlineData("A__B..C", "a-b-c")]
    [InlineData("2025", "2025")]
    public void Slug_follows_the_content_model(string code, string slug) => Assert.Equal(slug, Slug.Of(code));

    [Theory]
    [InlineData("%%")]
    [InlineData("")]
    [InlineData(" - ")]
    [InlineData("€")]
    public void Slug_of_a_code_without_letters_or_digits_is_empty(string code) => Assert.Equal("", Slug.Of(code));

    [Fact]
    public void Slug_is_the_same_for_composed_and_decomposed_letters()
    {
        Assert.Equal("ranta", Slug.Of("RA\u0308NTA"));
        Assert.Equal("cafe", Slug.Of("cafe\u0301"));
    }

    [Fact]
    public void Slug_ignores_the_current_culture()
    {
        var culture = Thread.CurrentThread.CurrentCulture;
        try
        {
            Thread.CurrentThread.CurrentCulture = new System.Globalization.CultureInfo("tr-TR");
            Assert.Equal("invoice", Slug.Of("INVOICE"));
        }
        finally
        {
            Thread.CurrentThread.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("sumary", "summary")]
    [InlineData("summmary", "summary")]
    [InlineData("explanaiton", "explanation")]
    [InlineData("relatd", "related")]
    [InlineData("Summary", "summary")]
    [InlineData("procesess", "processes")]
    public void Suggest_finds_the_closest_key(string typo, string expected) =>
        Assert.Equal(expected, Suggest.Closest(typo, TermReader.Keys));

    [Theory]
    [InlineData("colour")]
    [InlineData("zzzz")]
    [InlineData("description")]
    public void Suggest_gives_nothing_when_nothing_is_close(string word) =>
        Assert.Null(Suggest.Closest(word, ["id", "term", "summary"]));

    [Fact]
    public void Suggest_prefers_the_nearest_and_breaks_ties_by_ordinal_order()
    {
        Assert.Equal("fuel-surcharge", Suggest.Closest("fuel-surcharg", ["freight-charge", "fuel-surcharge"]));
        Assert.Equal("ab", Suggest.Closest("aa", ["ba", "ab"]));
    }

    [Fact]
    public void Suggest_of_no_candidates_is_null() => Assert.Null(Suggest.Closest("summary", []));

    [Fact]
    public void Did_you_mean_wraps_the_suggestion()
    {
        Assert.Equal("did you mean 'delivery'?", Suggest.DidYouMean("delivry", ["delivery", "ordering"]));
        Assert.Equal("", Suggest.DidYouMean("zzz", ["delivery"]));
    }

    [Theory]
    [InlineData("abc", "abc", 0)]
    [InlineData("abc", "abd", 1)]
    [InlineData("abc", "acb", 1)]
    [InlineData("abc", "ABC", 0)]
    [InlineData("", "abc", 3)]
    [InlineData("kitten", "sitting", 3)]
    public void Distance_counts_edits_and_transpositions(string a, string b, int distance) =>
        Assert.Equal(distance, Suggest.Distance(a, b));

    [Fact]
    public void Distance_beyond_the_limit_is_max_value() =>
        Assert.Equal(int.MaxValue, Suggest.Distance("abcdef", "uvwxyz", limit: 2));
}
