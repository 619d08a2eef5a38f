using System.Collections.Concurrent;
using System.Collections.Frozen;
using Phrasebook.Engine.Documents;
using Phrasebook.Links;

namespace Phrasebook.Incremental;

/// <summary>
/// Which built page links to which (internal links only, as files: "nb/terms/x/index.html"). The pages
/// that link to a term show its title and summary (links, tooltips, lists), so they change with it.
/// </summary>
public sealed class LinkMap : IPageLinks
{
    private readonly ConcurrentDictionary<string, FrozenSet<string>> _outgoing = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, byte>> _incoming = new(StringComparer.Ordinal);

    public static LinkMap Of(IEnumerable<(string Destination, LinkFacts Facts)> pages, string linkRoot, int maxParallelism)
    {
        var map = new LinkMap();
        map.Update(pages, linkRoot, maxParallelism);
        return map;
    }

    public static LinkMap Of(IEnumerable<Document> docs, string linkRoot, int maxParallelism)
    {
        var map = new LinkMap();
        map.Update(docs, linkRoot, maxParallelism);
        return map;
    }

    /// <summary>Pages that link to <paramref name="file"/>.</summary>
    public IEnumerable<string> LinkingTo(string file) =>
        _incoming.TryGetValue(file, out var pages) ? pages.Keys : [];

    public IEnumerable<string> LinkingToAny(IReadOnlySet<string> files) => files.SelectMany(LinkingTo);

    /// <summary>Files <paramref name="page"/> links to.</summary>
    public IEnumerable<string> LinkedFrom(string page) =>
        _outgoing.TryGetValue(page, out var files) ? files : [];

    /// <summary>Forgets the links of these pages and learns their new ones.</summary>
    public void Update(IEnumerable<Document> docs, string linkRoot, int maxParallelism) =>
        Update(docs.Select(d => (d.Destination, d.Get<LinkFacts>(LinkFacts.MetadataKey)!)).Where(p => p.Item2 is not null), linkRoot, maxParallelism);

    /// <summary>Forgets the links of these pages (by destination) and learns their new ones.</summary>
    public void Update(IEnumerable<(string Destination, LinkFacts Facts)> pages, string linkRoot, int maxParallelism)
    {
        Parallel.ForEach(pages, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, page =>
        {
            var links = page.Facts.Urls
                .Select(href => FileOf(href, linkRoot))
                .OfType<string>()
                .ToFrozenSet(StringComparer.Ordinal);
            if (_outgoing.TryGetValue(page.Destination, out var old))
            {
                foreach (var file in old.Except(links))
                {
                    _incoming.GetValueOrDefault(file)?.TryRemove(page.Destination, out _);
                }
            }

            _outgoing[page.Destination] = links;
            foreach (var file in links)
            {
                _incoming.GetOrAdd(file, _ => new(StringComparer.Ordinal))[page.Destination] = 0;
            }
        });
    }

    /// <summary>The file an internal <paramref name="href"/> names ("nb/terms/x/index.html"); null for another site or a relative link.</summary>
    public static string? FileOf(string href, string linkRoot)
    {
        if (!href.StartsWith(linkRoot, StringComparison.Ordinal))
        {
            return null;
        }

        var end = href.IndexOfAny(['#', '?']);
        var path = (end < 0 ? href : href[..end])[linkRoot.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
