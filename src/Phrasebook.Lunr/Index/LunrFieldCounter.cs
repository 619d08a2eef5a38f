using Phrasebook.Lunr.Text;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// Runs one language's build pipeline over field values, as <see cref="LunrIndexBuilder.Add"/> does, and
/// returns their <see cref="LunrFieldCounts"/>. Not thread-safe: one counter per thread; it remembers each
/// token's term, so a counter used for many values stems each distinct token once.
/// </summary>
public sealed class LunrFieldCounter
{
    private readonly LunrLanguage language;
    private readonly Dictionary<string, string?> termOfToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?>.AlternateLookup<ReadOnlySpan<char>> termOfSpan;
    private readonly Dictionary<string, int> slots = new(StringComparer.Ordinal);
    private readonly List<string> terms = [];
    private readonly List<int> counts = [];
    private char[] lowered = [];

    public LunrFieldCounter(LunrLanguage language)
    {
        this.language = language ?? throw new ArgumentNullException(nameof(language));
        termOfSpan = termOfToken.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public LunrFieldCounts Count(LunrValue value)
    {
        slots.Clear();
        terms.Clear();
        counts.Clear();
        if (value.Items is { } items)
        {
            foreach (var item in items)
            {
                Add(JsText.ToLower(item ?? string.Empty, ref lowered));
            }
        }
        else if (value.Text is { } text)
        {
            AddText(text);
        }
        else if (value.Lines is { } lines)
        {
            foreach (var line in lines)
            {
                AddText(line);
            }
        }

        return terms.Count == 0 ? LunrFieldCounts.Empty : new LunrFieldCounts([.. terms], [.. counts]);
    }

    private void AddText(string text)
    {
        foreach (var token in LunrTokenizer.Tokens(JsText.ToLower(text, ref lowered)))
        {
            Add(token);
        }
    }

    private void Add(ReadOnlySpan<char> token)
    {
        if (!termOfSpan.TryGetValue(token, out var term))
        {
            var key = token.ToString();
            term = language.NormalizeToken(key);
            termOfToken.Add(key, term);
        }

        if (term is null)
        {
            return;
        }

        if (slots.TryGetValue(term, out var slot))
        {
            counts[slot]++;
            return;
        }

        slots.Add(term, terms.Count);
        terms.Add(term);
        counts.Add(1);
    }
}
