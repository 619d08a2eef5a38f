using Phrasebook.Content.Model;
using Phrasebook.Lunr;

namespace Phrasebook.AutoLinks;

/// <summary>A mention found in a text: the words it spans and the term it names.</summary>
public readonly record struct Mention(int Start, int End, string TermId);

/// <summary>
/// Finds mentions of terms in one language: the term, its abbreviation and its customer words,
/// matched word by word through the language's stemmer (so inflected forms match), longest match
/// first. A phrase two terms claim is ambiguous and never linked; so are terms with autolink: false.
/// </summary>
public sealed class TermMatcher
{
    [ThreadStatic]
    private static List<Word>? words;

    private readonly Node _root = new();
    private readonly StemCache _stems;

    /// <param name="phrases">What each term is mentioned by, in this language: <see cref="PhrasesOf"/>.</param>
    public TermMatcher(IReadOnlyList<(string TermId, string Phrase)> phrases, LunrLanguage language)
    {
        _stems = new StemCache(language);
        var phraseWords = new List<Word>();
        var owners = new Dictionary<string, (string TermId, string[] Stems)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (termId, phrase) in phrases)
        {
            Words.Of(phrase, _stems, phraseWords);
            var stems = phraseWords.Select(w => w.Stem).ToArray();
            var key = string.Join(' ', stems);
            if (stems.Length == 0)
            {
                continue;
            }

            if (owners.TryGetValue(key, out var owner) && owner.TermId != termId)
            {
                ambiguous.Add(key);
            }
            else
            {
                owners[key] = (termId, stems);
            }
        }

        foreach (var (key, (termId, stems)) in owners.Where(o => !ambiguous.Contains(o.Key)))
        {
            var node = _root;
            foreach (var stem in stems)
            {
                node = node.Next.TryGetValue(stem, out var next) ? next : node.Next[stem] = new Node();
            }

            node.TermId = termId;
        }
    }

    /// <summary>The phrases that mention each auto-linked term in <paramref name="lang"/>, in content order.</summary>
    public static List<(string TermId, string Phrase)> PhrasesOf(IEnumerable<Term> terms, string lang, string defaultLang)
    {
        var phrases = new List<(string, string)>();
        foreach (var term in terms)
        {
            if (term.AutoLink && term.Status == TermStatus.Current)
            {
                foreach (var phrase in Phrases(term, lang, defaultLang))
                {
                    phrases.Add((term.Id, phrase));
                }
            }
        }

        return phrases;
    }

    public List<Mention> Find(string text)
    {
        var mentions = new List<Mention>();
        Find(text, mentions);
        return mentions;
    }

    /// <summary>Adds the mentions in <paramref name="text"/> to <paramref name="mentions"/>, in order.</summary>
    public void Find(ReadOnlySpan<char> text, List<Mention> mentions)
    {
        var words = TermMatcher.words ??= [];
        Words.Of(text, _stems, words);
        for (var i = 0; i < words.Count; i++)
        {
            var node = _root;
            (int Last, string TermId)? best = null;
            for (var j = i; j < words.Count && node.Next.TryGetValue(words[j].Stem, out var next); j++)
            {
                node = next;
                if (node.TermId is { } id)
                {
                    best = (j, id);
                }
            }

            if (best is { } b)
            {
                mentions.Add(new Mention(words[i].Start, words[b.Last].End, b.TermId));
                i = b.Last;
            }
        }
    }

    private static IEnumerable<string> Phrases(Term term, string lang, string defaultLang)
    {
        if (term.Title.Resolve(lang, defaultLang) is { } title)
        {
            yield return title.Value;
        }

        if (term.Abbreviation.Resolve(lang, defaultLang)?.Value is { Length: > 1 } abbreviation)
        {
            yield return abbreviation;
        }

        foreach (var word in term.CustomerWords.In(lang))
        {
            yield return word.Value;
        }
    }

    private sealed class Node
    {
        public Dictionary<string, Node> Next { get; } = new(StringComparer.Ordinal);

        public string? TermId { get; set; }
    }
}
