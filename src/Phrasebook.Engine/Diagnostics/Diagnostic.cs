namespace Phrasebook.Engine.Diagnostics;

/// <summary>
/// One finding about the input. Diagnostics are values: modules report them and go on,
/// so an editor sees every mistake of a pull request in one run.
/// </summary>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, code, location, message, hint);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, code, location, message, hint);

    public bool IsError => Severity == Severity.Error;

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {kind} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
