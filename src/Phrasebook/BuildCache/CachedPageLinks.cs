using System.Collections.Concurrent;
using Phrasebook.Incremental;
using Phrasebook.Links;

namespace Phrasebook.BuildCache;

/// <summary>The links of the last build's pages, as the build cache kept them, asked as the preview asks its <see cref="LinkMap"/>.</summary>
public sealed class CachedPageLinks(IReadOnlyDictionary<string, LinkFacts> links, string linkRoot, int maxParallelism) : IPageLinks
{
    /// <summary>One pass over every page's links; a URL is resolved to its file once (a term's URL is on thousands of pages).</summary>
    public IEnumerable<string> LinkingToAny(IReadOnlySet<string> files)
    {
        var targets = new ConcurrentDictionary<string, bool>(StringComparer.Ordinal);
        var found = new ConcurrentBag<string>();
        Parallel.ForEach(links, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, page =>
        {
            foreach (var url in page.Value.Urls)
            {
                if (targets.GetOrAdd(url, u => LinkMap.FileOf(u, linkRoot) is { } file && files.Contains(file)))
                {
                    found.Add(page.Key);
                    return;
                }
            }
        });
        return found;
    }

    public IEnumerable<string> LinkedFrom(string page) =>
        links.TryGetValue(page, out var facts) ? facts.Urls.Select(u => LinkMap.FileOf(u, linkRoot)).OfType<string>().Distinct(StringComparer.Ordinal) : [];
}
