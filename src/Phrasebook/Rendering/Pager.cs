using System.Globalization;
using Phrasebook.Views;

namespace Phrasebook.Rendering;

/// <summary>
/// A sorted list split into numbered pages, each named by its first and last entry as a printed
/// dictionary's guide words are, so a reader can jump to the page a word is on.
/// </summary>
/// <typeparam name="T">An entry of the list.</typeparam>
public sealed class Pager<T>
{
    private readonly T[][] _pages;
    private readonly Func<int, string> _url;
    private readonly Func<T, string> _name;

    /// <param name="sorted">The whole list, in reading order.</param>
    /// <param name="size">Entries per page; an empty list still has one (empty) page.</param>
    /// <param name="url">The URL of page n (from 1).</param>
    /// <param name="name">An entry's name as the guide words show it.</param>
    public Pager(IReadOnlyList<T> sorted, int size, Func<int, string> url, Func<T, string> name)
    {
        _pages = sorted.Count == 0 ? [[]] : [.. sorted.Chunk(size)];
        _url = url;
        _name = name;
    }

    public int Count => _pages.Length;

    /// <summary>The entries of page n (from 1).</summary>
    public IReadOnlyList<T> Entries(int n) => _pages[n - 1];

    public string Url(int n) => _url(n);

    /// <summary>"Page 2 of 34" in the page's language.</summary>
    public static string Status(ViewFactory view, int n, int count) => view.T("page_n_of")
        .Replace("{n}", n.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{count}", count.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

    /// <summary>
    /// The pager of page n: <c>number</c>, <c>count</c>, <c>status</c>, <c>previous</c> and
    /// <c>next</c> (URLs or nil), <c>first</c> and <c>last</c> (this page's guide words) and
    /// <c>pages</c> (<c>{number, url, first, last, current}</c>).
    /// </summary>
    public View View(ViewFactory view, int n)
    {
        var pager = GuideWords(n);
        pager["status"] = Status(view, n, Count);
        pager["count"] = Count;
        pager["previous"] = n > 1 ? Url(n - 1) : null;
        pager["next"] = n < Count ? Url(n + 1) : null;
        pager["pages"] = Enumerable.Range(1, Count).Select(i =>
        {
            var page = GuideWords(i);
            page["url"] = Url(i);
            page["current"] = i == n;
            return page;
        }).ToList();
        return pager;
    }

    private View GuideWords(int n)
    {
        var entries = _pages[n - 1];
        return new View
        {
            ["number"] = n,
            ["first"] = entries.Length > 0 ? _name(entries[0]) : null,
            ["last"] = entries.Length > 0 ? _name(entries[^1]) : null,
        };
    }
}
