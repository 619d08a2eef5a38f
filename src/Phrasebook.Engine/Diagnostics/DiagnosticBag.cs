using System.Collections.Concurrent;

namespace Phrasebook.Engine.Diagnostics;

/// <summary>Thread-safe collector; modules running in parallel report into one bag.</summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentQueue<Diagnostic> _items = new();
    private int _errors;

    public void Add(Diagnostic diagnostic)
    {
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

    /// <summary>Sorted by file, line and column, then code and message, so reports are deterministic.</summary>
    public IReadOnlyList<Diagnostic> ToSortedList() =>
        [.. _items.Distinct()
            .OrderBy(d => d.Location)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)];
}
