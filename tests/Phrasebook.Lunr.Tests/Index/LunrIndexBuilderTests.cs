using System.Buffers;
using System.Text;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Index;

public sealed class LunrIndexBuilderTests
{
    private static LunrIndexBuilder Sample()
    {
        var builder = new LunrIndexBuilder(LunrLanguage.For("nb"), [new LunrField("title", boost: 10), new LunrField("body")]);
        builder.Add("begrep/fraktbrev", new Dictionary<string, LunrValue> { ["title"] = "Fraktbrev", ["body"] = "Følger sendingen – æøå" });
        builder.Add("begrep/baf", new Dictionary<string, LunrValue> { ["title"] = new[] { "BAF", "Bunkerstillegg" } }, boost: 2);
        return builder;
    }

    // Expected output printed by tests/lunr-node/build-index.js for the same two documents.
    [Fact]
    public void ToJson_writes_the_lunr_shape()
    {
        const string expected =
            "{\"version\":\"2.3.9\",\"fields\":[\"title\",\"body\"]," +
            "\"fieldVectors\":[[\"title/begrep/fraktbrev\",[0,8.026]],[\"body/begrep/fraktbrev\",[1,0.492,2,0.492,3,0.492,4,0.492]]," +
            "[\"title/begrep/baf\",[5,12.199,6,12.199]],[\"body/begrep/baf\",[]]]," +
            "\"invertedIndex\":[[\"\",{\"_index\":3,\"title\":{},\"body\":{\"begrep/fraktbrev\":{}}}]," +
            "[\"baf\",{\"_index\":5,\"title\":{\"begrep/baf\":{}},\"body\":{}}]," +
            "[\"bunkerstillegg\",{\"_index\":6,\"title\":{\"begrep/baf\":{}},\"body\":{}}]," +
            "[\"fraktbrev\",{\"_index\":0,\"title\":{\"begrep/fraktbrev\":{}},\"body\":{}}]," +
            "[\"følg\",{\"_index\":1,\"title\":{},\"body\":{\"begrep/fraktbrev\":{}}}]," +
            "[\"sending\",{\"_index\":2,\"title\":{},\"body\":{\"begrep/fraktbrev\":{}}}]," +
            "[\"æøå\",{\"_index\":4,\"title\":{},\"body\":{\"begrep/fraktbrev\":{}}}]]," +
            "\"pipeline\":[\"trimmer-no\",\"stemmer-no\"]}";

        Assert.Equal(expected, Sample().ToJson());
    }

    [Fact]
    public void WriteTo_writes_the_same_json_as_utf8_without_bom()
    {
        var builder = Sample();
        var expected = Encoding.UTF8.GetBytes(builder.ToJson());
        using var stream = new MemoryStream();
        var buffer = new ArrayBufferWriter<byte>();

        builder.WriteTo(stream);
        builder.WriteTo(buffer);

        Assert.Equal(expected, stream.ToArray());
        Assert.Equal(expected, buffer.WrittenSpan.ToArray());
    }

    [Fact]
    public void Output_is_deterministic() => Assert.Equal(Sample().ToJson(), Sample().ToJson());

    [Fact]
    public void Duplicate_refs_are_rejected_instead_of_silently_merged()
    {
        var builder = Sample();
        var error = Assert.Throws<ArgumentException>(() => builder.Add("begrep/baf", new Dictionary<string, LunrValue>()));
        Assert.Contains("begrep/baf", error.Message);
        Assert.Equal(2, builder.DocumentCount);
    }

    [Theory]
    [InlineData("a/b")]
    [InlineData("_index")]
    public void Field_names_lunr_cannot_store_are_rejected(string name) =>
        Assert.Throws<ArgumentException>(() => new LunrField(name));

    [Fact]
    public void Array_index_field_names_come_first_as_in_JS_objects()
    {
        var builder = new LunrIndexBuilder(LunrLanguage.English, [new LunrField("body"), new LunrField("10"), new LunrField("2")]);
        Assert.Equal(["2", "10", "body"], builder.Fields.Select(f => f.Name));
    }

    [Theory]
    [InlineData("nb")]
    [InlineData("en")]
    public void Lines_index_as_the_text_they_make_joined_by_line_breaks(string lang)
    {
        // Sigmas at line ends and starts (final or not by context), dashes, capitals, U+0130, JS-only white space.
        const string alphabet = "abcÆØÅ ΣσΟΔ-İ\u00a0\u2028\ufeff.'";
        var random = new Random(11);
        var byLines = new LunrIndexBuilder(LunrLanguage.For(lang), [new LunrField("body")]);
        var joined = new LunrIndexBuilder(LunrLanguage.For(lang), [new LunrField("body")]);
        for (var d = 0; d < 300; d++)
        {
            var lines = new string[random.Next(0, 4)];
            for (var l = 0; l < lines.Length; l++)
            {
                lines[l] = new string([.. Enumerable.Range(0, random.Next(0, 12)).Select(_ => alphabet[random.Next(alphabet.Length)])]);
            }

            byLines.Add($"d{d}", new Dictionary<string, LunrValue> { ["body"] = LunrValue.FromLines(lines) });
            joined.Add($"d{d}", new Dictionary<string, LunrValue> { ["body"] = string.Join("\n", lines) });
        }

        Assert.Equal(joined.ToJson(), byLines.ToJson());
    }
}
