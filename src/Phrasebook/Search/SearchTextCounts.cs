using System.Collections.Immutable;
using System.IO.Hashing;
using System.Text;
using Phrasebook.Lunr.Index;
using Phrasebook.Search.Files;

namespace Phrasebook.Search;

/// <summary>
/// What the text index (search/{lang}/text.json) needs of one search entry: its summary and body run
/// through the language's pipeline, and a hash of what they were counted from. A build cache can keep
/// these per term and language: after a one-term edit, the other entries' counts are added again with
/// <see cref="LunrIndexBuilder.AddCounted"/> (see <see cref="BuildIndex"/>) instead of their plain text being
/// derived and tokenized again; an entry whose <see cref="Source"/> no longer matches is counted anew.
/// </summary>
public sealed record SearchTextCounts(UInt128 Source, LunrFieldCounts Summary, LunrFieldCounts Body)
{
    /// <summary>Bumped when what is counted, or how it is written, changes: counts of another version never match.</summary>
    private const int Version = 1;

    /// <summary>A hash of everything the counts come from: the lunr language, the summary and the body's Markdown.</summary>
    public static UInt128 SourceOf(string lang, SearchEntry entry)
    {
        var hash = new XxHash128();
        void Add(string s)
        {
            hash.Append(Encoding.UTF8.GetBytes(s));
            hash.Append([0xFF]); // never in UTF-8: texts cannot run into each other
        }

        Add($"v{Version}");
        Add(SearchLanguage.For(lang).Code);
        Add(entry.Summary);
        foreach (var markdown in entry.BodyMarkdown)
        {
            Add(markdown);
        }

        return hash.GetCurrentHashAsUInt128();
    }

    /// <summary>Counts <paramref name="entry"/> as the text index would (one counter per thread, reused).</summary>
    public static SearchTextCounts Of(string lang, SearchEntry entry, LunrFieldCounter counter)
    {
        var values = BuildSearchIndex.TextValues(entry);
        return new(SourceOf(lang, entry), counter.Count(values[SearchFields.Summary]), counter.Count(values[SearchFields.Body]));
    }

    /// <summary>Whether these are the counts of <paramref name="entry"/> as it is now.</summary>
    public bool IsOf(string lang, SearchEntry entry) => Source == SourceOf(lang, entry);

    /// <summary>The text index of <paramref name="entries"/> from their counts (same order), as <see cref="BuildSearchIndex"/> builds it from their texts.</summary>
    public static LunrIndexBuilder BuildIndex(string lang, IReadOnlyList<SearchEntry> entries, IReadOnlyList<SearchTextCounts> counts)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(counts.Count, entries.Count, nameof(counts));
        var builder = new LunrIndexBuilder(SearchLanguage.For(lang), SearchFields.Text, "ref");
        var fields = new Dictionary<string, LunrFieldCounts>(2, StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            fields[SearchFields.Summary] = counts[i].Summary;
            fields[SearchFields.Body] = counts[i].Body;
            builder.AddCounted(entries[i].Ref, fields);
        }

        return builder;
    }

    public void WriteTo(BinaryWriter writer)
    {
        writer.Write(Version);
        writer.Write((ulong)(Source >> 64));
        writer.Write((ulong)Source);
        Write(writer, Summary);
        Write(writer, Body);
    }

    /// <exception cref="InvalidDataException">Damaged, or written by another version.</exception>
    /// <exception cref="EndOfStreamException">Cut short.</exception>
    public static SearchTextCounts ReadFrom(BinaryReader reader)
    {
        if (reader.ReadInt32() != Version)
        {
            throw new InvalidDataException("Search text counts of another version.");
        }

        var source = ((UInt128)reader.ReadUInt64() << 64) | reader.ReadUInt64();
        return new(source, Read(reader), Read(reader));
    }

    private static void Write(BinaryWriter writer, LunrFieldCounts field)
    {
        writer.Write7BitEncodedInt(field.Terms.Length);
        for (var i = 0; i < field.Terms.Length; i++)
        {
            writer.Write(field.Terms[i]);
            writer.Write7BitEncodedInt(field.Counts[i]);
        }
    }

    private static LunrFieldCounts Read(BinaryReader reader)
    {
        var n = reader.Read7BitEncodedInt();
        if (n is < 0 or > 1_000_000)
        {
            throw new InvalidDataException($"A field of {n} terms.");
        }

        var terms = ImmutableArray.CreateBuilder<string>(n);
        var counts = ImmutableArray.CreateBuilder<int>(n);
        for (var i = 0; i < n; i++)
        {
            terms.Add(reader.ReadString());
            counts.Add(reader.Read7BitEncodedInt());
        }

        try
        {
            return new LunrFieldCounts(terms.MoveToImmutable(), counts.MoveToImmutable());
        }
        catch (ArgumentException e)
        {
            throw new InvalidDataException(e.Message, e);
        }
    }
}
