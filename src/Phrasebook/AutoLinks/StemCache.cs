using Phrasebook.Lunr;
using Phrasebook.Lunr.Text;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The stem of each word of one language, computed once per thread: prose repeats a small vocabulary, and a
/// lookup by span costs no string until a word is new.
/// </summary>
/// <remarks>
/// Keyed by the word as it stands, so the hot path does not lowercase it first (a culture-aware
/// call per word, a noticeable share of rendering 10,000 terms); "Faktura" and "faktura" are two
/// entries with one stem. One table per thread: two threads filling one concurrent table spent
/// 330 of their 750 ms of stemming waiting on its locks (a `check` rendering three print pages);
/// a word stemmed once per thread costs less than that.
/// </remarks>
public sealed class StemCache(LunrLanguage language)
{
    private const int MaxStackWord = 64;
    private readonly ThreadLocal<Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>>> _stems =
        new(() => new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>());

    /// <summary>The stem of a word as it stands in the text (any case).</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        var stems = _stems.Value;
        if (stems.TryGetValue(word, out var stem))
        {
            return stem;
        }

        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        ReadOnlySpan<char> lower = Latin1Case.TryLower(word, buffer) ? buffer : buffer[..word.ToLowerInvariant(buffer)];
        if (!stems.TryGetValue(lower, out stem))
        {
            var key = new string(lower);
            stem = language.Stem(key);
            stems.Dictionary[key] = stem;
        }

        if (!lower.SequenceEqual(word))
        {
            stems.Dictionary[new string(word)] = stem;
        }

        return stem;
    }
}
