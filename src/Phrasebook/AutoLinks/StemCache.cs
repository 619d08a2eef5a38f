using System.Collections.Concurrent;
using Phrasebook.Search;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The stem of each lower-cased word of one language, computed once: prose repeats a small
/// vocabulary, and a lookup by span costs no string until a word is new.
/// </summary>
public sealed class StemCache(LunrLanguage language)
{
    private const int MaxStackWord = 64;
    private readonly ConcurrentDictionary<string, string> _stems = new(StringComparer.Ordinal);

    /// <summary>The stem of a word as it stands in the text (any case).</summary>
    public string Of(ReadOnlySpan<char> word)
    {
        Span<char> buffer = word.Length <= MaxStackWord ? stackalloc char[word.Length] : new char[word.Length];
        var lower = buffer[..word.ToLowerInvariant(buffer)];
        var lookup = _stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(lower, out var stem))
        {
            return stem;
        }

        var key = new string(lower);
        return _stems.GetOrAdd(key, language.Stem(key));
    }
}
