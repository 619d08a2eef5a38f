using Phrasebook.Content.Index;
using Phrasebook.Lunr.Index;
using Phrasebook.Search;
using Phrasebook.Search.Files;

namespace Phrasebook.Tests.Search;

/// <summary>
/// The text index made from kept <see cref="SearchTextCounts"/> (written and read back, as a build cache
/// would keep them) is the index made from the texts, byte for byte; counts of an edited text are known stale.
/// </summary>
public sealed class SearchTextCountsTests
{
    private static readonly Lazy<SiteIndex> Site = new(() =>
        new SiteIndex(Phrasebook.Content.ContentLoader.Load(Repo.Root, new Phrasebook.Engine.Diagnostics.DiagnosticBag(), 2)!));

    [Fact]
    public void Kept_counts_make_the_text_index_the_texts_make()
    {
        foreach (var lang in Site.Value.Settings.Languages)
        {
            var entries = SearchEntries.For(Site.Value, lang).ToList();
            var counter = new LunrFieldCounter(SearchLanguage.For(lang));
            var kept = RoundTrip(entries.Select(e => SearchTextCounts.Of(lang, e, counter)).ToList());

            var fromTexts = new LunrIndexBuilder(SearchLanguage.For(lang), SearchFields.Text, "ref");
            foreach (var (reference, values) in BuildSearchIndex.TextDocuments(entries))
            {
                fromTexts.Add(reference, values);
            }

            Assert.True(entries.Count > 20, $"{lang}: only {entries.Count} entries");
            Assert.All(entries.Zip(kept), p => Assert.True(p.Second.IsOf(lang, p.First), p.First.Ref));
            Assert.Equal(fromTexts.ToJson(), SearchTextCounts.BuildIndex(lang, entries, kept).ToJson());
        }
    }

    [Fact]
    public void Counts_of_an_edited_summary_or_body_or_another_language_are_stale()
    {
        var entry = SearchEntries.For(Site.Value, "nb").First(e => e.Kind == SearchEntryKind.Term && e.BodyMarkdown.Count > 0);
        var counts = SearchTextCounts.Of("nb", entry, new LunrFieldCounter(SearchLanguage.For("nb")));
        Assert.True(counts.IsOf("nb", entry));
        Assert.False(counts.IsOf("nb", entry with { Summary = entry.Summary + " Endret." }));
        Assert.False(counts.IsOf("nb", entry with { BodyMarkdown = [.. entry.BodyMarkdown.Skip(1), entry.BodyMarkdown[0]] }));
        Assert.False(counts.IsOf("nb", entry with { BodyMarkdown = [string.Concat(entry.BodyMarkdown)] }));
        Assert.False(counts.IsOf("sv", entry));

        // What only the words index or the result display show does not make them stale.
        Assert.True(counts.IsOf("nb", entry with { Title = "Annet navn", Url = "/annet/" }));
    }

    [Fact]
    public void Damaged_or_foreign_counts_are_refused()
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            writer.Write(99);
        }

        stream.Position = 0;
        Assert.Throws<InvalidDataException>(() => SearchTextCounts.ReadFrom(new BinaryReader(stream)));

        var bytes = Write([SearchTextCounts.Of("nb", SearchEntries.For(Site.Value, "nb").First(), new LunrFieldCounter(SearchLanguage.For("nb")))]);
        Assert.Throws<EndOfStreamException>(() => SearchTextCounts.ReadFrom(new BinaryReader(new MemoryStream(bytes[..^3]))));
    }

    private static byte[] Write(IEnumerable<SearchTextCounts> counts)
    {
        var stream = new MemoryStream();
        using (var writer = new BinaryWriter(stream))
        {
            foreach (var c in counts)
            {
                c.WriteTo(writer);
            }
        }

        return stream.ToArray();
    }

    private static List<SearchTextCounts> RoundTrip(List<SearchTextCounts> counts)
    {
        var reader = new BinaryReader(new MemoryStream(Write(counts)));
        return [.. counts.Select(_ => SearchTextCounts.ReadFrom(reader))];
    }
}
