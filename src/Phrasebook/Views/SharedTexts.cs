using System.Collections.Concurrent;

namespace Phrasebook.Views;

/// <summary>
/// Rendered texts that several pages of a language show (a term's role texts are on its role's page and
/// the role's print page), rendered once and kept only until the last of those pages has taken them.
/// </summary>
/// <remarks>
/// Markdown and auto-linking of the same role texts again for every page that shows them was a fifth of
/// a 10,000-term build's CPU. Kept for the whole build they would be about 200 MB; each entry is dropped
/// when its expected number of uses is reached. A page asked for once more (the preview renders a page
/// again) only renders the text again, the same.
/// </remarks>
internal sealed class SharedTexts
{
    private readonly ConcurrentDictionary<(string Term, string Part), Entry> _entries = new();

    /// <summary>The text of <paramref name="key"/>, made by <paramref name="make"/> on first use.</summary>
    /// <param name="uses">How many times the build asks for it: after that many the entry is let go.</param>
    public View? Get((string Term, string Part) key, int uses, Func<View?> make)
    {
        if (uses <= 1)
        {
            return make();
        }

        var entry = _entries.GetOrAdd(key, static (_, arg) => new Entry(arg.uses, arg.make), (uses, make));
        var value = entry.Value.Value;
        if (Interlocked.Decrement(ref entry.Remaining) == 0)
        {
            _entries.TryRemove(new KeyValuePair<(string, string), Entry>(key, entry));
        }

        return value;
    }

    /// <summary>How many entries are waiting for their last use (for tests).</summary>
    public int Count => _entries.Count;

    private sealed class Entry(int uses, Func<View?> make)
    {
        public readonly Lazy<View?> Value = new(make, LazyThreadSafetyMode.ExecutionAndPublication);
        public int Remaining = uses;
    }
}
