using System.Collections.Frozen;
using Phrasebook.Content.Index;

namespace Phrasebook.Rendering;

/// <summary>
/// The pages a <see cref="PageModule"/> is asked for, by URL, so a module can skip a page before making it:
/// a URL is asked for when its output file (<see cref="Urls.FileOf"/>) is one of the files given. May say yes
/// to a few URLs whose files are not (see the constructor); the module drops those by their file.
/// </summary>
public sealed class WantedPages
{
    private const string Index = "index.html";

    private readonly FrozenSet<string>? _urls;
    private readonly FrozenSet<string>? _rendered;

    private WantedPages(FrozenSet<string>? urls, FrozenSet<string>? rendered) => (_urls, _rendered) = (urls, rendered);

    /// <param name="files">Output files, as <see cref="Urls.FileOf"/> gives them.</param>
    public WantedPages(Urls urls, IEnumerable<string> files)
        : this(UrlsOf(urls, files), null)
    {
    }

    /// <summary>Every page.</summary>
    public static WantedPages All { get; } = new(null, null);

    /// <summary>
    /// Every page, of which this build renders only those whose output files are <paramref name="files"/>: the command
    /// line's partial build lists every page (the others pass with the last build's link facts) and renders few.
    /// </summary>
    public static WantedPages Rendering(Urls urls, IEnumerable<string> files) => new(null, UrlsOf(urls, files));

    /// <summary>Whether the page at <paramref name="url"/> (root-relative, as <see cref="Urls"/> makes it) may be asked for.</summary>
    public bool Has(string url) => _urls is null || _urls.Contains(url);

    /// <summary>Whether the page at <paramref name="url"/> is asked for and will be rendered (what it shows is made).</summary>
    public bool Renders(string url) => Has(url) && (_rendered is null || _rendered.Contains(url));

    // Both URLs that can lead to "x/index.html": "x/" and "x/index.html" itself.
    private static FrozenSet<string> UrlsOf(Urls urls, IEnumerable<string> files) => files
        .SelectMany(f => f.EndsWith(Index, StringComparison.Ordinal) && (f.Length == Index.Length || f[^(Index.Length + 1)] == '/')
            ? new[] { urls.Root + f[..^Index.Length], urls.Root + f }
            : [urls.Root + f])
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The names <c>x</c> of the pages asked for at <paramref name="folder"/><c>x/</c> (a folder URL such as
    /// <see cref="Urls.Terms"/>), so a module finds the few terms or codes asked for without making the URL of every
    /// one; null when every page is asked for.
    /// </summary>
    public IReadOnlySet<string>? Under(string folder) => _urls?
        .Where(u => u.Length > folder.Length + 1 && u.StartsWith(folder, StringComparison.Ordinal) && u.EndsWith('/') && u.IndexOf('/', folder.Length) == u.Length - 1)
        .Select(u => u[folder.Length..^1])
        .ToHashSet(StringComparer.Ordinal);
}
