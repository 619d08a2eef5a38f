using System.Collections.Frozen;
using System.Globalization;

namespace Phrasebook.History;

/// <summary>
/// When each source file last changed (from Git), and where the site sits in its repository, so edit
/// links name the file's path in the repository. Empty outside a Git repository.
/// </summary>
public sealed class SourceHistory(string repoPrefix, IReadOnlyDictionary<string, DateTimeOffset> dates)
{
    public static SourceHistory None { get; } = new("", new Dictionary<string, DateTimeOffset>());

    private readonly FrozenDictionary<string, DateTimeOffset> _dates = dates.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>The site's folder inside the repository ("" at the top, else "docs/help/").</summary>
    public string RepoPrefix { get; } = repoPrefix;

    public int Count => _dates.Count;

    /// <summary>Every file's date (the build cache compares them with the last build's).</summary>
    public IEnumerable<KeyValuePair<string, DateTimeOffset>> Dates => _dates;

    /// <summary>The last commit that changed the file (a path relative to the site root, '/'-separated).</summary>
    public DateTimeOffset? LastChanged(string? sourcePath) =>
        sourcePath is not null && _dates.TryGetValue(sourcePath, out var date) ? date : null;

    /// <summary>The day of <see cref="LastChanged"/> as the committer's calendar showed it (yyyy-MM-dd).</summary>
    public string? LastChangedDay(string? sourcePath) =>
        LastChanged(sourcePath)?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>The newest date over all files; null outside a repository.</summary>
    public DateTimeOffset? Newest => _dates.Count == 0 ? null : _dates.Values.Max();

    public string RepoPath(string sourcePath) => RepoPrefix + sourcePath;
}
