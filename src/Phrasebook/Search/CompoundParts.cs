namespace Phrasebook.Search;

/// <summary>
/// Nordic compounds ("drivstofftillegg") hide their parts from a whole-word index, so a reader who
/// types "tillegg" would not find them. The parts of a compound are the endings and beginnings it
/// shares with other words of the glossary (ferjetillegg, miljøtillegg → tillegg), or that are words
/// of the glossary themselves. They are indexed in a field of their own.
/// </summary>
public sealed class CompoundParts
{
    private const int MinPart = 4;
    private const int MinRest = 3;
    private readonly HashSet<string> _words;
    private readonly HashSet<string> _sharedEndings;
    private readonly HashSet<string> _sharedBeginnings;

    // Looked up by slices of the word: a word of n letters has up to n - 6 candidate parts each way,
    // and making a string of each was most of what the words index allocated.
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _wordsBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _endingsBySpan;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _beginningsBySpan;

    public CompoundParts(IEnumerable<string> vocabulary)
    {
        _words = new HashSet<string>(vocabulary.Where(w => w.Length >= MinPart), StringComparer.Ordinal);
        _sharedEndings = Shared(_words, (w, n) => w[^n..]);
        _sharedBeginnings = Shared(_words, (w, n) => w[..n]);
        _wordsBySpan = _words.GetAlternateLookup<ReadOnlySpan<char>>();
        _endingsBySpan = _sharedEndings.GetAlternateLookup<ReadOnlySpan<char>>();
        _beginningsBySpan = _sharedBeginnings.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The longest ending, then the longest beginning, that is a part (none, one or both).</summary>
    public IEnumerable<string> Of(string word) => (Part(word, ending: true), Part(word, ending: false)) switch
    {
        (null, null) => [],
        ({ } ending, null) => [ending],
        (null, { } beginning) => [beginning],
        ({ } ending, { } beginning) => [ending, beginning],
    };

    private string? Part(string word, bool ending)
    {
        var shared = ending ? _endingsBySpan : _beginningsBySpan;
        for (var n = word.Length - MinRest; n >= MinPart; n--)
        {
            var part = ending ? word.AsSpan(word.Length - n) : word.AsSpan(0, n);
            if (_wordsBySpan.TryGetValue(part, out var found) || shared.TryGetValue(part, out found))
            {
                return found;
            }
        }

        return null;
    }

    /// <summary>Endings (or beginnings) of at least five letters that two or more different words have.</summary>
    private static HashSet<string> Shared(HashSet<string> words, Func<string, int, string> cut)
    {
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var shared = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            for (var n = MinPart + 1; n <= word.Length - MinRest; n++)
            {
                var part = cut(word, n);
                if (seen.TryGetValue(part, out var first))
                {
                    if (first != word)
                    {
                        shared.Add(part);
                    }
                }
                else
                {
                    seen[part] = word;
                }
            }
        }

        return shared;
    }
}
