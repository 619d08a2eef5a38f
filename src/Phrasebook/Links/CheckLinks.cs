using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Collections.Immutable;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Links;

/// <summary>
/// After rendering, every internal href and src of every page must resolve to a file the build
/// writes, and every fragment to an element id of that page. A broken link is a build error naming
/// the source file of the page that has it.
/// </summary>
public sealed class CheckLinks : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var site = context.Get<SiteIndex>();
        var root = site.Urls.Root;
        var all = context.AllOutputs().ToList();
        var files = all.Select(d => d.Destination).ToFrozenSet(StringComparer.Ordinal);
        var pages = all.Where(d => d.IsText && d.Destination.EndsWith(".html", StringComparison.Ordinal)).ToList();
        var ids = new ConcurrentDictionary<string, FrozenSet<string>>(StringComparer.Ordinal);
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.ForEach(pages, options, page => ids[page.Destination] = HtmlAttributes.Values(page.Text, "id").ToFrozenSet(StringComparer.Ordinal));

        Parallel.ForEach(pages, options, page =>
        {
            var html = page.Text;
            foreach (var url in HtmlAttributes.Values(html, "href").Concat(HtmlAttributes.Values(html, "src")).Distinct(StringComparer.Ordinal))
            {
                if (Problem(url, page.Destination, root, files, ids) is { } problem)
                {
                    var where = new SourceLocation(page.Source ?? page.Destination);
                    context.Diagnostics.Error(Codes.BrokenLink, where, $"The page {root}{page.Destination} links to '{url}': {problem}.", "fix the link in the source, or the id it points to");
                }
            }
        });
        return Task.FromResult(inputs);
    }

    private static string? Problem(string url, string page, string root, FrozenSet<string> files, ConcurrentDictionary<string, FrozenSet<string>> ids)
    {
        if (IsExternal(url))
        {
            return null;
        }

        var hash = url.IndexOf('#');
        var fragment = hash >= 0 ? Uri.UnescapeDataString(url[(hash + 1)..]) : null;
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        path = query >= 0 ? path[..query] : path;

        string target;
        if (path.Length == 0)
        {
            target = page;
        }
        else
        {
            var absolute = path.StartsWith('/') ? path : new Uri(new Uri("http://site" + root + page), path).AbsolutePath;
            if (!absolute.StartsWith(root, StringComparison.Ordinal))
            {
                return $"it is outside the site's LinkRoot {root}";
            }

            var relative = Uri.UnescapeDataString(absolute[root.Length..]);
            target = relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
            if (!files.Contains(target))
            {
                if (!files.Contains(target + "/index.html"))
                {
                    return "the build writes no such page or file";
                }

                target += "/index.html";
            }
        }

        if (fragment is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
        {
            return $"the page has no element with id '{fragment}'";
        }

        return null;
    }

    private static bool IsExternal(string url)
    {
        var colon = url.IndexOf(':');
        var slash = url.IndexOfAny(['/', '?', '#']);
        return url.StartsWith("//", StringComparison.Ordinal) || (colon > 0 && (slash < 0 || colon < slash));
    }
}
