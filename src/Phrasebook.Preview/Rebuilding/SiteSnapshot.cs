using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Preview.Rebuilding;

/// <summary>
/// What the preview serves: the documents of the last good build (by destination, as the build would
/// write them) and the errors of the last attempt. Immutable; a rebuild swaps in a new one.
/// </summary>
/// <param name="Errors">The last attempt's errors, sorted. Warnings are left to <c>build</c> and <c>check</c>: a large site has thousands, and neither the overlay nor the terminal shows them.</param>
public sealed record SiteSnapshot(
    int Version,
    string LinkRoot,
    ImmutableDictionary<string, Document> Files,
    IReadOnlyList<Diagnostic> Errors)
{
    public static SiteSnapshot Empty { get; } = new(0, "/", ImmutableDictionary<string, Document>.Empty.WithComparers(StringComparer.Ordinal), []);

    public bool HasErrors => Errors.Count > 0;
}
