using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Assertions that name the whole diagnostic list when they fail, so a wrong line is easy to see.</summary>
public static class DiagnosticAssert
{
    /// <summary>Exactly one diagnostic with <paramref name="code"/>; checks its place, message and hint.</summary>
    public static Diagnostic One(
        IReadOnlyList<Diagnostic> diagnostics,
        string code,
        string path,
        int line,
        int? column = null,
        string? message = null,
        string? hint = null,
        Severity severity = Severity.Error)
    {
        var matches = diagnostics.Where(d => d.Code == code).ToList();
        Assert.True(matches.Count == 1, $"expected one {code}, got {matches.Count}:\n{Dump(diagnostics)}");
        var d = matches[0];
        Is(d, path, line, column, message, hint, severity, diagnostics);
        return d;
    }

    /// <summary>The diagnostic with <paramref name="code"/> at <paramref name="path"/>:<paramref name="line"/>.</summary>
    public static Diagnostic At(
        IReadOnlyList<Diagnostic> diagnostics,
        string code,
        string path,
        int line,
        int? column = null,
        string? message = null,
        string? hint = null,
        Severity severity = Severity.Error)
    {
        var matches = diagnostics.Where(d => d.Code == code && d.Location.Path == path && d.Location.Line == line).ToList();
        Assert.True(matches.Count == 1, $"expected one {code} at {path}:{line}, got {matches.Count}:\n{Dump(diagnostics)}");
        var d = matches[0];
        Is(d, path, line, column, message, hint, severity, diagnostics);
        return d;
    }

    public static void NoErrors(IReadOnlyList<Diagnostic> diagnostics) =>
        Assert.True(!diagnostics.Any(d => d.IsError), $"expected no errors:\n{Dump(diagnostics)}");

    public static void OnlyCodes(IReadOnlyList<Diagnostic> diagnostics, params string[] codes) =>
        Assert.True(
            diagnostics.Where(d => d.IsError).All(d => codes.Contains(d.Code)),
            $"expected only errors {string.Join(", ", codes)}:\n{Dump(diagnostics)}");

    public static string Dump(IEnumerable<Diagnostic> diagnostics) => string.Join("\n", diagnostics.Select(d => "  " + d));

    private static void Is(Diagnostic d, string path, int line, int? column, string? message, string? hint, Severity severity, IReadOnlyList<Diagnostic> all)
    {
        var context = $"\nfor {d}\nall:\n{Dump(all)}";
        Assert.True(d.Severity == severity, $"severity {d.Severity}, expected {severity}{context}");
        Assert.True(d.Location.Path == path, $"path '{d.Location.Path}', expected '{path}'{context}");
        Assert.True(d.Location.Line == line, $"line {d.Location.Line}, expected {line}{context}");
        if (column is { } c)
        {
            Assert.True(d.Location.Column == c, $"column {d.Location.Column}, expected {c}{context}");
        }

        if (message is not null)
        {
            Assert.True(d.Message.Contains(message, StringComparison.Ordinal), $"message lacks '{message}'{context}");
        }

        if (hint is not null)
        {
            Assert.True(d.Hint?.Contains(hint, StringComparison.Ordinal) == true, $"hint lacks '{hint}'{context}");
        }
    }
}
