using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Build;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    EngineResult? Engine,
    string? OutputFolder,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    TimeSpan Elapsed)
{
    /// <summary>The model the site was built from (when it was): content, index, theme, views.</summary>
    public SiteModel? Model { get; init; }

    /// <summary>URLs that --update-permalinks added to permalinks.txt (null when it was not asked for).</summary>
    public int? PermalinksAdded { get; init; }

    /// <summary>How long each step of the build took, in order (the pipelines' own table is in <see cref="Engine"/>).</summary>
    public ImmutableArray<(string Step, TimeSpan Elapsed)> Steps { get; init; } = [];

    /// <summary>How the build cache built it ("cold build: no build cache yet", "incremental: ..."); null without the cache.</summary>
    public string? Mode { get; init; }

    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
