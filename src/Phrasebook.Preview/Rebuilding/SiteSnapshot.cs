using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Preview.Rebuilding;

/// <summary>
/// What the preview serves: the documents of the last good build (by destination, as the build would
/// write them) and the diagnostics of the last attempt. Immutable; a rebuild swaps in a new one.
/// </summary>
public sealed record SiteSnapshot(
    int Version,
    string LinkRoot,
    ImmutableDictionary<string, Document> Files,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static SiteSnapshot Empty { get; } = new(0, "/", ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal), []);

    public bool HasErrors => Diagnostics.Any(d => d.IsError);

    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(d => d.IsError);
}
