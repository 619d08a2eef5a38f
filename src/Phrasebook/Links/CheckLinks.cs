using System.Collections.Concurrent;
using System.Collections.Immutable;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Links;

/// <summary>
/// After rendering, every internal href and src of every page must resolve to a file the build
/// writes, and every fragment to an element id of that page. A broken link is a build error at the
/// line and column of the link in the source file of the page that has it, once for the source file
/// (a page shown in three languages from one file has one mistake, not three). A page an incremental build did not
/// render has only its links to a fragment checked again (<see cref="LinkFacts.CheckedKey"/>).
/// </summary>
/// <param name="siteRoot">The site's folder, to find the line of a link in its source file.</param>
public sealed class CheckLinks(string siteRoot) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        if (context.Diagnostics.SortedErrors().Any(d => d.Code is Codes.MarkdownTooComplex or Codes.TemplateStopped))
        {
            // A page that could not be rendered is already an error; every link to it would be one more. Content
            // errors that leave the model whole do not stop the check: it reports beside them (all errors in one run).
            return Task.FromResult(inputs);
        }

        var site = context.Model.Index;
        var root = site.Urls.Root;
        var all = context.AllOutputs().ToList();
        // Hash sets, not frozen ones: built once for one pass, a frozen set of 75,000 paths cost more to build (about
        // 100 ms, on one core at the end of every build and check) than its faster lookups saved.
        var files = all.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var pages = all
            .Select(d => (Doc: d, Facts: d.Get<LinkFacts>(LinkFacts.MetadataKey) ?? Scan(d)))
            .Where(p => p.Facts is not null)
            .ToList();
        var ids = pages.ToDictionary(p => p.Doc.Destination, p => p.Facts!, StringComparer.Ordinal);
        // A site-absolute URL means the same on every page: the navigation's and the term links' few thousand
        // URLs are checked once each, not once per page that has them (millions of links at 10,000 terms).
        // Sized for every path up front: growing, the table takes all its locks, and the other threads wait.
        var absolute = new ConcurrentDictionary<string, string?>(Environment.ProcessorCount, files.Count, StringComparer.Ordinal);
        var broken = new ConcurrentBag<(string Source, string Url, string Problem, string Page)>();
        var options = new ParallelOptions { MaxDegreeOfParallelism = context.MaxParallelism };
        Parallel.ForEach(pages, options, page =>
        {
            var checkedBefore = page.Doc.Get<bool>(LinkFacts.CheckedKey);
            foreach (var url in page.Facts!.Urls)
            {
                if (checkedBefore && !url.Contains('#', StringComparison.Ordinal))
                {
                    continue;
                }

                var problem = url.StartsWith('/') && !url.StartsWith("//", StringComparison.Ordinal)
                    ? absolute.GetOrAdd(url, static (u, a) => Problem(u, "", a.root, a.files, a.ids), (root, files, ids))
                    : Problem(url, page.Doc.Destination, root, files, ids);
                if (problem is not null)
                {
                    broken.Add((page.Doc.Source ?? page.Doc.Destination, url, problem, page.Doc.Destination));
                }
            }
        });

        foreach (var link in broken.GroupBy(b => (b.Source, b.Url, b.Problem)))
        {
            var first = link.Select(b => b.Page).Order(StringComparer.Ordinal).First();
            var where = link.Key.Source.StartsWith("input/", StringComparison.Ordinal)
                ? LinkSource.Find(siteRoot, link.Key.Source, link.Key.Url)
                : new SourceLocation(link.Key.Source);
            context.Diagnostics.Error(Codes.BrokenLink, where, $"The page {root}{first} links to '{link.Key.Url}': {link.Key.Problem}.", "fix the link in the source, or the id it points to");
        }

        return Task.FromResult(inputs);
    }

    /// <summary>HTML that no page pipeline inspected (a 404 page written as a file, say) is read here.</summary>
    private static LinkFacts? Scan(Document doc) =>
        !doc.IsReleased && doc.Destination.EndsWith(".html", StringComparison.Ordinal) ? LinkFacts.Of(doc.Bytes.Span) : null;

    private static string? Problem(string url, string page, string root, HashSet<string> files, Dictionary<string, LinkFacts> ids)
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

        if (fragment is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.HasId(fragment))
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
