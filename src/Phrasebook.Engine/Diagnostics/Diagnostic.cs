namespace Phrasebook.Engine.Diagnostics;

/// <summary>
/// One finding about the input. Diagnostics are values: modules report them and go on,
/// so an editor sees every mistake of a pull request in one run.
/// </summary>
/// <param name="Cause">
/// Set when this finding follows from another one (a reference to a term whose id was refused there):
/// where the root cause is. Reports list such findings after every root cause, and the message says why.
/// </param>
public sealed record Diagnostic(Severity Severity, string Code, SourceLocation Location, string Message, string? Hint = null, SourceLocation? Cause = null)
{
    public static Diagnostic Error(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Error, code, location, message, hint);

    public static Diagnostic Warning(string code, SourceLocation location, string message, string? hint = null) =>
        new(Severity.Warning, code, location, message, hint);

    public bool IsError => Severity == Severity.Error;

    public bool IsConsequence => Cause is not null;

    /// <summary>This finding as a consequence of the one at <paramref name="cause"/>.</summary>
    public Diagnostic Because(SourceLocation cause) => this with { Cause = cause };

    public override string ToString()
    {
        var kind = Severity == Severity.Error ? "error" : "warning";
        var text = $"{Location}: {kind} {Code}: {Message}";
        return Hint is null ? text : $"{text} ({Hint})";
    }
}
