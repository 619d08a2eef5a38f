using System.Collections.Immutable;
using System.Diagnostics;

namespace Phrasebook.BuildCache;

/// <summary>How long each step of a cached build took, for --verbose (as <see cref="Build.BuildResult.Steps"/>).</summary>
internal sealed class BuildSteps
{
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly ImmutableArray<(string, TimeSpan)>.Builder _steps = ImmutableArray.CreateBuilder<(string, TimeSpan)>();
    private TimeSpan _lap;

    public Stopwatch Watch => _watch;

    public void Step(string name)
    {
        _steps.Add((name, _watch.Elapsed - _lap));
        _lap = _watch.Elapsed;
    }

    public ImmutableArray<(string Step, TimeSpan Elapsed)> ToImmutable() => _steps.ToImmutable();
}
