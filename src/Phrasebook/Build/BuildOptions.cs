using Phrasebook.AutoLinks;
using Phrasebook.Content;
using Phrasebook.Views;

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

    /// <summary>Role texts of earlier builds, and where this build's go (the build cache's <c>texts.bin</c>).</summary>
    public IRoleTextStore? RoleTexts { get; init; }

    /// <summary>After a successful build, add the build's new public URLs to permalinks.txt (never removes one).</summary>
    public bool UpdatePermalinks { get; init; }

    /// <summary>With <see cref="DryRun"/>: let every page go once its links are noted, instead of keeping the site in memory (a check; the preview keeps them).</summary>
    public bool ReleaseDocuments { get; init; }

    /// <summary>Called after the build succeeded, just before its output is swapped in (the build cache forgets the output it described).</summary>
    public Action? BeforeSwap { get; init; }

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;

    public CancellationToken CancellationToken { get; init; }
}
