using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Pipelines;

namespace Phrasebook.Build;

public sealed record BuildResult(
    IReadOnlyList<Diagnostic> Diagnostics,
    EngineResult? Engine,
    string? OutputFolder,
    ImmutableSortedDictionary<string, int> PagesPerLanguage,
    int FilesWritten,
    TimeSpan Elapsed)
{
    public bool Succeeded => !Diagnostics.Any(d => d.IsError);

    public int Errors => Diagnostics.Count(d => d.IsError);

    public int Warnings => Diagnostics.Count(d => !d.IsError);
}
