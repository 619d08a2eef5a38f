using System.Collections.Concurrent;
using Phrasebook.Lunr;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The stem of each word of one language, computed once: prose repeats a small vocabulary, and a
/// lookup by span costs no string until a word is new.
/// </summary>
/// <remarks>
/// Keyed by the word as it stands, so the hot path does not lowercase it first (a culture-aware
/// call per word, a noticeable share of rendering 10,000 terms); "Faktura" and "faktura" are two
/// entries with one stem.
/// </remarks>
public sealed class StemCache(LunrLanguage language)
{
    private const int MaxStackWord = 64;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>The stem of a word as it stands in the text (any case).</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(word, out var stem))
        {
            return stem;
        }

        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        var lower = buffer[..word.ToLowerInvariant(buffer)];
        if (!lookup.TryGetValue(lower, out stem))
        {
            var key = new string(lower);
            stem = _stems.GetOrAdd(key, language.Stem(key));
        }

        return lower.SequenceEqual(word) ? stem : _stems.GetOrAdd(new string(word), stem);
    }
}
