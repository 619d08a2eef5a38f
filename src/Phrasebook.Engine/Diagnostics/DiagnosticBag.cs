using System.Collections.Concurrent;

namespace Phrasebook.Engine.Diagnostics;

/// <summary>Thread-safe collector; modules running in parallel report into one bag.</summary>
/// <param name="keepWarnings">
/// False for a host that shows errors alone (the preview): warnings are dropped as they come, and rules
/// that can only warn may skip their work (see <see cref="KeepsWarnings"/>). The errors are the same.
/// </param>
public sealed class DiagnosticBag(bool keepWarnings = true)
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    /// <summary>Whether warnings are kept; when not, a rule that reports nothing else need not run.</summary>
    public bool KeepsWarnings => keepWarnings;

    public void Add(Diagnostic diagnostic)
    {
        if (!keepWarnings && !diagnostic.IsError)
        {
            return;
        }

        _items.Enqueue(diagnostic);
        if (diagnostic.IsError)
        {
            Interlocked.Increment(ref _errors);
        }
    }

    public void AddRange(IEnumerable<Diagnostic> diagnostics)
    {
        foreach (var d in diagnostics)
        {
            Add(d);
        }
    }

    public void Error(string code, SourceLocation location, string message, string? hint = null) =>
        Add(Diagnostic.Error(code, location, message, hint));

    public void Warning(string code, SourceLocation location, string message, string? hint = null) =>
        Add(Diagnostic.Warning(code, location, message, hint));

    public bool HasErrors => Volatile.Read(ref _errors) > 0;

    public int ErrorCount => Volatile.Read(ref _errors);

    /// <summary>
    /// Cause first, then by place: errors before warnings, root causes before their consequences (see
    /// <see cref="Diagnostic.Cause"/>), then by file, line and column, code and message. Every report (build,
    /// check in each format, the preview's overlay) prints in this order, so the first line is what to fix
    /// first; deterministic; duplicates once.
    /// </summary>
    public IReadOnlyList<Diagnostic> ToSortedList() => Sorted(_items.ToArray());

    /// <summary>The errors alone, sorted like <see cref="ToSortedList"/>: without sorting the warnings, of which a large site has thousands.</summary>
    public IReadOnlyList<Diagnostic> SortedErrors() => HasErrors ? Sorted([.. _items.Where(d => d.IsError)]) : [];

    // The 10,000-term benchmark reports about 100,000 warnings from 10,000 files, and this sort was a quarter of a second at
    // the end of every check: the queue's snapshot (ToArray; its enumerator was half of that), then a sort of one long per
    // diagnostic (severity, cause, the file's rank), then the whole order within each run of equal keys (a few per file).
    private static List<Diagnostic> Sorted(Diagnostic[] items)
    {
        // Each file ranked once, so most comparisons are of numbers rather than of paths that share their first 30 characters.
        var ranks = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in items)
        {
            ranks.TryAdd(d.Location.Path, 0);
        }

        var paths = ranks.Keys.ToArray();
        Array.Sort(paths, StringComparer.Ordinal);
        for (var i = 0; i < paths.Length; i++)
        {
            ranks[paths[i]] = i;
        }

        var keys = new long[items.Length];
        for (var i = 0; i < items.Length; i++)
        {
            var d = items[i];
            // Errors first, then causes before consequences, then by file.
            keys[i] = ((long)(d.IsError ? 0 : 1) << 40) | ((long)(d.IsConsequence ? 1 : 0) << 39) | (uint)ranks[d.Location.Path];
        }

        Array.Sort(keys, items);
        for (var start = 0; start < items.Length;)
        {
            var end = start + 1;
            while (end < items.Length && keys[end] == keys[start])
            {
                end++;
            }

            Array.Sort(items, start, end - start, OrderComparer);
            start = end;
        }

        var kept = new List<Diagnostic>(items.Length);
        foreach (var d in items)
        {
            // Equal diagnostics end up side by side: each is reported once.
            if (kept.Count == 0 || !kept[^1].Equals(d))
            {
                kept.Add(d);
            }
        }

        return kept;
    }

    private static readonly IComparer<Diagnostic> OrderComparer = Comparer<Diagnostic>.Create(Order);

    private static int Order(Diagnostic a, Diagnostic b)
    {
        // As ints: Enum.CompareTo(object) boxes both sides, 3.5 million boxes for 100,000 warnings.
        var c = ((int)b.Severity).CompareTo((int)a.Severity);
        c = c != 0 ? c : a.IsConsequence.CompareTo(b.IsConsequence);
        c = c != 0 ? c : a.Location.CompareTo(b.Location);
        c = c != 0 ? c : string.CompareOrdinal(a.Code, b.Code);
        c = c != 0 ? c : string.CompareOrdinal(a.Message, b.Message);
        c = c != 0 ? c : string.CompareOrdinal(a.Hint, b.Hint);
        return c != 0 ? c : Nullable.Compare(a.Cause, b.Cause);
    }
}
