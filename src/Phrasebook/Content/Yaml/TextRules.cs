using System.Buffers;
using System.Globalization;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Yaml;

/// <summary>
/// What every text of the content must be before anything uses it: free of control characters (XML
/// outputs, the Atom feeds and the QR codes' SVG, cannot hold U+0001 at all: the writer threw and the SVG
/// was not well-formed), and within the Markdown limits (any text may be rendered as Markdown).
/// </summary>
public static class TextRules
{
    /// <summary>The index of the first character no page or feed may hold (C0 and C1 controls but tab and line breaks, DEL, U+FFFE, U+FFFF, a lone surrogate), or -1.</summary>
    /// <remarks>
    /// Vectorized searches, one per kind of character, each only before the first hit so far: every text of
    /// the content passes here (a char-by-char loop was ~0.35 s of CPU per 10,000-term load).
    /// </remarks>
    public static int FindControlCharacter(string text)
    {
        var span = text.AsSpan();
        var end = span.IndexOfAny(AsciiControls) is >= 0 and var ascii ? ascii : span.Length;
        if (span[..end].IndexOfAny(C1Controls) is >= 0 and var c1)
        {
            end = c1;
        }

        if (span[..end].IndexOfAny('\uFFFE', '\uFFFF') is >= 0 and var nonCharacter)
        {
            end = nonCharacter;
        }

        // A surrogate is fine as the first half of a pair; the pair check may look one past `end`, where
        // the character found is no low surrogate, so a high surrogate just before it is lone as it should be.
        for (var from = 0; from < end;)
        {
            var i = span[from..end].IndexOfAny(Surrogates);
            if (i < 0)
            {
                break;
            }

            i += from;
            if (char.IsHighSurrogate(span[i]) && i + 1 < span.Length && char.IsLowSurrogate(span[i + 1]))
            {
                from = i + 2;
                continue;
            }

            end = i;
            break;
        }

        return end == span.Length ? -1 : end;
    }

    // Ranges as SearchValues, not IndexOfAnyInRange: the generic range search boxed its bounds, 50 MB per 10,000-term load.
    private static readonly SearchValues<char> C1Controls = SearchValues.Create([.. Enumerable.Range(0x80, 0x20).Select(c => (char)c)]);

    private static readonly SearchValues<char> Surrogates = SearchValues.Create([.. Enumerable.Range(0xD800, 0x800).Select(c => (char)c)]);

    /// <summary>C0 controls but tab, line feed and carriage return, and DEL.</summary>
    private static readonly SearchValues<char> AsciiControls = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not ('\t' or '\n' or '\r')).Select(c => (char)c), '\u007F']);

    /// <summary>Checks every key and value of a parsed YAML or JSON file; false (all reported) when one breaks a rule.</summary>
    public static bool Check(SourceNode? root, DiagnosticBag diagnostics)
    {
        var ok = true;
        var pending = new Stack<SourceNode>();
        if (root is not null)
        {
            pending.Push(root);
        }

        while (pending.TryPop(out var node))
        {
            switch (node)
            {
                case ScalarNode s:
                    ok &= CheckScalar(s, diagnostics);
                    break;
                case SequenceNode seq:
                    foreach (var item in seq.Items)
                    {
                        pending.Push(item);
                    }

                    break;
                case MappingNode map:
                    foreach (var (key, value) in map.Entries)
                    {
                        ok &= CheckScalar(key, diagnostics);
                        pending.Push(value);
                    }

                    break;
            }
        }

        return ok;
    }

    /// <summary>Checks a Markdown body that starts at <paramref name="start"/> (its lines are the file's lines).</summary>
    public static bool CheckBody(string body, SourceLocation start, DiagnosticBag diagnostics)
    {
        if (FindControlCharacter(body) is >= 0 and var at)
        {
            diagnostics.Error(Codes.ControlCharacter, InBody(body, at, start), ControlMessage(body[at]), ControlHint);
            return false;
        }

        if (MarkdownLimits.Check(body) is { } violation)
        {
            diagnostics.Error(Codes.MarkdownTooComplex, InBody(body, violation.Offset, start), violation.Message, violation.Hint + " (docs/limits.md)");
            return false;
        }

        return true;
    }

    private static bool CheckScalar(ScalarNode s, DiagnosticBag diagnostics)
    {
        SourceLocation Where(int offset) => s.Source?.Locate(s.Value, offset) ?? s.Location;

        if (FindControlCharacter(s.Value) is >= 0 and var at)
        {
            diagnostics.Error(Codes.ControlCharacter, Where(at), ControlMessage(s.Value[at]), ControlHint);
            return false;
        }

        if (s.Value.Length > 0 && MarkdownLimits.Check(s.Value) is { } violation)
        {
            diagnostics.Error(Codes.MarkdownTooComplex, Where(violation.Offset), violation.Message, violation.Hint + " (docs/limits.md)");
            return false;
        }

        return true;
    }

    private const string ControlHint = "delete it: it is invisible in most editors, and no web page or feed can show it (a tab or line break is fine)";

    private static string ControlMessage(char c) =>
        $"The text holds the control character U+{((int)c).ToString("X4", CultureInfo.InvariantCulture)}, which a page, feed or QR code cannot hold.";

    private static SourceLocation InBody(string body, int offset, SourceLocation start)
    {
        var before = body.AsSpan(0, Math.Min(offset, body.Length));
        var lines = before.Count('\n');
        var column = offset - (before.LastIndexOf('\n') + 1) + 1;
        return start with { Line = start.Line + lines, Column = column };
    }
}
