using System.Collections.Immutable;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Index;

/// <summary>
/// An index built from counted fields (<see cref="LunrFieldCounter"/>, <see cref="LunrIndexBuilder.AddCounted"/>)
/// must be the very index built from the texts, which the other tests compare with lunr.js.
/// </summary>
public sealed class LunrFieldCountsTests
{
    private static readonly string[] Words =
    [
        "Frakt", "fraktbrev", "og", "i", "the", "and", "och", "att", "Tillegg", "tilleggene", "ΟΔΟΣ", "Σ", "æøå", "ÆØÅ",
        "drivstoff-tillegg", "pris,", "(pris)", "12,5", "%", "'sitat'", "running", "runs", "-", "--", "İstanbul", "",
    ];

    private static readonly LunrField[] Fields = [new("title", boost: 10), new("body"), new("7"), new("tags", boost: 2)];

    [Theory]
    [InlineData("nb", 1)]
    [InlineData("sv", 2)]
    [InlineData("en", 3)]
    [InlineData("da", 4)]
    public void Counted_documents_make_the_index_their_texts_make(string lang, int seed)
    {
        var random = new Random(seed);
        var language = LunrLanguage.For(lang);
        var fromText = new LunrIndexBuilder(language, Fields, "ref");
        var fromCounts = new LunrIndexBuilder(language, Fields, "ref");
        var counter = new LunrFieldCounter(language);
        for (var d = 0; d < 300; d++)
        {
            // Refs that are JS array indexes change the key order of postings: some of those too.
            var reference = d % 7 == 0 ? (d * 3).ToString(System.Globalization.CultureInfo.InvariantCulture) : $"term-{d}";
            var values = new Dictionary<string, LunrValue>(StringComparer.Ordinal);
            foreach (var field in Fields)
            {
                switch (random.Next(5))
                {
                    case 0:
                        break; // absent
                    case 1:
                        values[field.Name] = Text(random, 30);
                        break;
                    case 2:
                        values[field.Name] = LunrValue.FromLines([Text(random, 10), Text(random, 0), Text(random, 20)]);
                        break;
                    case 3:
                        values[field.Name] = LunrValue.FromItems([.. Enumerable.Range(0, random.Next(4)).Select(_ => random.Next(6) == 0 ? null : Words[random.Next(Words.Length)])]);
                        break;
                    default:
                        values[field.Name] = Text(random, 3);
                        break;
                }
            }

            var boost = d % 11 == 0 ? 2 : 1;
            fromText.Add(reference, values, boost);
            fromCounts.AddCounted(reference, values.ToDictionary(v => v.Key, v => counter.Count(v.Value), StringComparer.Ordinal), boost);
        }

        Assert.Equal(fromText.ToJson(), fromCounts.ToJson());
    }

    [Fact]
    public void A_field_counts_each_term_in_order_of_first_appearance_and_leaves_stop_words_out()
    {
        var counts = new LunrFieldCounter(LunrLanguage.Norwegian).Count("Frakt og fraktbrev, frakt-FRAKT og fraktbrev,");
        Assert.Equal(["frakt", "fraktbrev"], counts.Terms.ToArray());
        Assert.Equal([3, 2], counts.Counts.ToArray());
        Assert.Equal(5, counts.Length);
    }

    [Fact]
    public void Counts_that_no_text_can_give_are_refused()
    {
        Assert.Throws<ArgumentException>(() => new LunrFieldCounts(["a", "a"], [1, 1]));
        Assert.Throws<ArgumentException>(() => new LunrFieldCounts(["a"], [0]));
        Assert.Throws<ArgumentException>(() => new LunrFieldCounts(["a", "b"], [1]));
        Assert.Throws<ArgumentException>(() => new LunrFieldCounts(default, ImmutableArray<int>.Empty));
    }

    private static string Text(Random random, int maxWords) =>
        string.Join(random.Next(3) == 0 ? "  " : " ", Enumerable.Range(0, random.Next(maxWords + 1)).Select(_ => Words[random.Next(Words.Length)]));
}
