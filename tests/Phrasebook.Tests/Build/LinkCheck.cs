using AngleSharp.Html.Parser;

namespace Phrasebook.Tests.Build;

/// <summary>
/// Resolves every internal href and src of every HTML page of an output folder to a file, and every
/// fragment to an element id, as a static host would serve them.
/// </summary>
internal static class LinkCheck
{
    public static List<string> Broken(string output, string linkRoot)
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var broken = new List<string>();
        var pages = Directory.GetFiles(output, "*.html", SearchOption.AllDirectories);

        HashSet<string> IdsOf(string file)
        {
            if (!ids.TryGetValue(file, out var set))
            {
                var doc = parser.ParseDocument(File.ReadAllText(file));
                set = [.. doc.QuerySelectorAll("[id]").Select(e => e.Id!)];
                ids[file] = set;
            }

            return set;
        }

        foreach (var page in pages)
        {
            var doc = parser.ParseDocument(File.ReadAllText(page));
            var pageUrl = linkRoot + Path.GetRelativePath(output, page).Replace('\\', '/');
            foreach (var element in doc.QuerySelectorAll("a[href], link[href], script[src], img[src]"))
            {
                var url = element.GetAttribute("href") ?? element.GetAttribute("src")!;
                if (url.StartsWith("http:", StringComparison.Ordinal) || url.StartsWith("https:", StringComparison.Ordinal) || url.StartsWith("mailto:", StringComparison.Ordinal) || url.StartsWith("tel:", StringComparison.Ordinal))
                {
                    continue;
                }

                var (path, fragment) = Split(url);
                var absolute = path.Length == 0 ? pageUrl : path.StartsWith('/') ? path : new Uri(new Uri("http://x" + pageUrl), path).AbsolutePath;
                if (!absolute.StartsWith(linkRoot, StringComparison.Ordinal))
                {
                    broken.Add($"{pageUrl}: {url} (outside LinkRoot {linkRoot})");
                    continue;
                }

                var relative = Uri.UnescapeDataString(absolute[linkRoot.Length..]);
                var file = Path.Combine(output, relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative);
                if (!File.Exists(file))
                {
                    broken.Add($"{pageUrl}: {url} (no file {relative})");
                }
                else if (fragment is { Length: > 0 } && file.EndsWith(".html", StringComparison.Ordinal) && !IdsOf(file).Contains(Uri.UnescapeDataString(fragment)))
                {
                    broken.Add($"{pageUrl}: {url} (no element with id '{fragment}')");
                }
            }
        }

        return broken;
    }

    private static (string Path, string? Fragment) Split(string url)
    {
        var hash = url.IndexOf('#');
        var path = hash >= 0 ? url[..hash] : url;
        var query = path.IndexOf('?');
        return (query >= 0 ? path[..query] : path, hash >= 0 ? url[(hash + 1)..] : null);
    }
}
