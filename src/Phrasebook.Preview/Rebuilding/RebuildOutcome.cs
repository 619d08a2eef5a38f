using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Preview.Rebuilding;

/// <summary>
/// One rebuild, as the terminal and the open pages hear of it: which files changed (destinations), whether
/// every page should reload (theme or settings), and the errors when the content has them (sorted; no
/// warnings, see <see cref="SiteSnapshot"/>).
/// </summary>
public sealed record RebuildOutcome(
    int Version,
    IReadOnlyList<string> ChangedFiles,
    bool ReloadAll,
    IReadOnlyList<Diagnostic> Errors,
    string Kind,
    int PagesRendered,
    TimeSpan Elapsed)
{
    /// <summary>The first step of an edit: the pages depending on it follow in the next outcome.</summary>
    public bool MoreToCome { get; init; }

    public bool Succeeded => Errors.Count == 0;
}
