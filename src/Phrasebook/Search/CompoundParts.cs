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

    public CompoundParts(IEnumerable<string> vocabulary)
    {
        _words = [.. vocabulary.Where(w => w.Length >= MinPart)];
        _sharedEndings = Shared(_words, (w, n) => w[^n..]);
        _sharedBeginnings = Shared(_words, (w, n) => w[..n]);
    }

    public IEnumerable<string> Of(string word)
    {
        for (var n = word.Length - MinRest; n >= MinPart; n--)
        {
            var ending = word[^n..];
            if (_words.Contains(ending) || _sharedEndings.Contains(ending))
            {
                yield return ending;
                break;
            }
        }

        for (var n = word.Length - MinRest; n >= MinPart; n--)
        {
            var beginning = word[..n];
            if (_words.Contains(beginning) || _sharedBeginnings.Contains(beginning))
            {
                yield return beginning;
                break;
            }
        }
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
