using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Incremental;
using Phrasebook.Links;

namespace Phrasebook.BuildCache;

/// <summary>A source file as the last build read it (see <see cref="ScanSources"/>).</summary>
/// <param name="Modified">Last write time, UTC ticks.</param>
public sealed record SourceFile(string Path, long Size, long Modified, UInt128 Hash);

/// <summary>A file the last build wrote, as it was left on disk, and the pipeline that made it.</summary>
public sealed record OutputFile(string Path, string Pipeline, long Size, long Modified);

/// <summary>
/// What one successful build leaves for the next (the file <c>.phrasebook/cache/state.bin</c>): what it was
/// made from (tool, sources, git history), what other pages know of each term, what it wrote, what every page
/// links to and what it reported. The next build compares and rebuilds only what changed (<see cref="CachedBuild"/>).
/// </summary>
public sealed record BuildState
{
    public required string Tool { get; init; }

    /// <summary>The site's folder (full path): a site moved elsewhere, with its cache and output, is built cold.</summary>
    public required string Root { get; init; }

    /// <summary>The output folder (full path) and the --output option that named it (null: OutputPath of statiq.json).</summary>
    public required string Output { get; init; }

    public required string? OutputOption { get; init; }

    /// <summary>When the sources were scanned (UTC ticks): a file written after it is hashed again even when its size and time look the same.</summary>
    public required long ScannedAt { get; init; }

    public required ImmutableArray<SourceFile> Sources { get; init; }

    /// <summary>The commit HEAD named (null outside a repository), and the history the pages were made with.</summary>
    public required string? GitHead { get; init; }

    public required ImmutableArray<KeyValuePair<string, DateTimeOffset>> History { get; init; }

    public required int TermCount { get; init; }

    public required ImmutableArray<TermFacts> Terms { get; init; }

    /// <summary>True when permalinks.txt already listed every public URL of the build (--update-permalinks would add none).</summary>
    public required bool PermalinksComplete { get; init; }

    /// <summary>What the last build reported: read from the file only when it is replayed (nothing changed).</summary>
    /// <remarks>About 100,000 warnings at 10,000 terms: an incremental build or check makes its own, and never reads these.</remarks>
    public required Lazy<ImmutableArray<Diagnostic>> Diagnostics { get; init; }

    public required ImmutableArray<KeyValuePair<string, int>> PagesPerLanguage { get; init; }

    public required ImmutableArray<OutputFile> Outputs { get; init; }

    /// <summary>Every page's link facts, by destination: read from the file only when a build or check needs them.</summary>
    public required Lazy<IReadOnlyDictionary<string, LinkFacts>> Links { get; init; }
}
