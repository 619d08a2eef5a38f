using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Cli;

/// <summary>How `check` prints diagnostics: for people, for GitHub pull requests, or for tools.</summary>
internal static class DiagnosticFormats
{
    public const string Human = "human";
    public const string GitHub = "github";
    public const string Json = "json";

    public static readonly string[] All = [Human, GitHub, Json];

    /// <summary>
    /// One line per problem, the hint indented below; colour only on a terminal. In the bag's order (errors
    /// and root causes first), under a file's name for each run of problems in one file: a file with an
    /// error and a warning is named twice rather than its warning listed before another file's error.
    /// </summary>
    public static void WriteHuman(TextWriter to, IReadOnlyList<Diagnostic> diagnostics, bool colour)
    {
        using var output = new ChunkedWriter(to);
        foreach (var file in Runs(diagnostics))
        {
            var path = ConsoleText.Escape(file[0].Location.Path);
            output.WriteLine(colour ? $"\u001b[1m{path}\u001b[0m" : path);
            foreach (var d in file)
            {
                WriteProblem(output, d, "  ", colour);
            }
        }
    }

    /// <summary>
    /// One problem as people read it, `file:line:col: error CODE: message` and its hint indented below: the one
    /// line format of every command (check under a file's name, build as a flat list). Escaped, since content
    /// must not start a line of its own (a workflow command) or drive the terminal.
    /// </summary>
    public static void WriteProblem(TextWriter output, Diagnostic d, string indent, bool colour)
    {
        var kind = d.IsError ? "error" : "warning";
        if (colour)
        {
            kind = d.IsError ? $"\u001b[31m{kind}\u001b[0m" : $"\u001b[33m{kind}\u001b[0m";
        }

        output.WriteLine($"{indent}{ConsoleText.Escape(d.Location.ToString())}: {kind} {d.Code}: {ConsoleText.Escape(d.Message)}");
        if (d.Hint is { Length: > 0 } hint)
        {
            output.WriteLine($"{indent}    hint: {ConsoleText.Escape(hint)}");
        }
    }

    /// <summary>GitHub Actions workflow commands, so each problem shows on the pull request's line.</summary>
    public static void WriteGitHub(TextWriter to, IReadOnlyList<Diagnostic> diagnostics)
    {
        using var output = new ChunkedWriter(to);
        foreach (var d in diagnostics)
        {
            var props = $"file={Property(d.Location.Path)}";
            if (d.Location.HasLine)
            {
                props += $",line={d.Location.Line}";
                if (d.Location.Column > 0)
                {
                    props += $",col={d.Location.Column}";
                }
            }

            props += $",title={Property(d.Code)}";
            var message = d.Hint is { Length: > 0 } hint ? $"{d.Message} Hint: {hint}" : d.Message;
            output.WriteLine($"::{(d.IsError ? "error" : "warning")} {props}::{Data(message)}");
        }
    }

    public static void WriteJson(TextWriter output, IReadOnlyList<Diagnostic> diagnostics)
    {
        var items = diagnostics.Select(d => new
        {
            severity = d.IsError ? "error" : "warning",
            code = d.Code,
            file = d.Location.Path,
            line = d.Location.Line,
            column = d.Location.Column,
            message = d.Message,
            hint = d.Hint,
            cause = d.Cause?.ToString(),
        });
        output.WriteLine(JsonSerializer.Serialize(
            new { version = 1, errors = diagnostics.Count(d => d.IsError), warnings = diagnostics.Count(d => !d.IsError), diagnostics = items },
            new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    private static IEnumerable<List<Diagnostic>> Runs(IReadOnlyList<Diagnostic> diagnostics)
    {
        var run = new List<Diagnostic>();
        foreach (var d in diagnostics)
        {
            if (run.Count > 0 && run[0].Location.Path != d.Location.Path)
            {
                yield return run;
                run = [];
            }

            run.Add(d);
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }

    /// <summary>GitHub's escapes for %, CR and LF; every other control character is shown as an escape (the log viewer reads ESC as colour).</summary>
    private static string Data(string s) => ConsoleText.Escape(s.Replace("%", "%25", StringComparison.Ordinal).Replace("\r", "%0D", StringComparison.Ordinal).Replace("\n", "%0A", StringComparison.Ordinal));

    private static string Property(string s) => Data(s).Replace(":", "%3A", StringComparison.Ordinal).Replace(",", "%2C", StringComparison.Ordinal);
}
