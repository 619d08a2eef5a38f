using Phrasebook.AutoLinks;
using Phrasebook.Content;

namespace Phrasebook.Build;

public sealed record BuildOptions
{
    /// <summary>The folder holding statiq.json.</summary>
    public required string Root { get; init; }

    /// <summary>Overrides OutputPath of statiq.json (relative to Root, or absolute).</summary>
    public string? Output { get; init; }

    /// <summary>Validate only: run everything but write nothing.</summary>
    public bool DryRun { get; init; }

    /// <summary>Term files of earlier builds (the preview's), so only changed files are read again.</summary>
    public TermFileCache? TermFiles { get; init; }

    /// <summary>Auto-link matchers of earlier builds (the preview's), reused while the terms' titles and words stay the same.</summary>
    public TermMatchers? TermMatchers { get; init; }

    /// <summary>After a successful build, add the build's new public URLs to permalinks.txt (never removes one).</summary>
    public bool UpdatePermalinks { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public CancellationToken CancellationToken { get; init; }
}
