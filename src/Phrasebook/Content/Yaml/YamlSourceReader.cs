using System.Collections.Immutable;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Phrasebook.Content.Yaml;

/// <summary>
/// Turns YAML text into <see cref="SourceNode"/>s straight from the parser's events, keeping line and
/// column of every value. Refuses what editors never need and attackers love: anchors and aliases
/// (alias bombs), several documents in one file, and nesting deeper than <see cref="MaxDepth"/>.
/// </summary>
public sealed class YamlSourceReader
{
    public const int MaxDepth = 32;

    private static readonly HashSet<string> CoreTags = new(StringComparer.Ordinal)
    {
        "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:bool",
        "tag:yaml.org,2002:null", "tag:yaml.org,2002:seq", "tag:yaml.org,2002:map", "!",
    };

    private readonly string _path;
    private readonly string _text;
    private readonly DiagnosticBag _diagnostics;
    private readonly Scanner _scanner;
    private readonly IParser _parser;

    private YamlSourceReader(string path, string text, DiagnosticBag diagnostics)
    {
        _path = path;
        _text = text;
        _diagnostics = diagnostics;
        _scanner = new Scanner(new StringReader(text));
        _parser = new Parser(_scanner);
    }

    private bool _isEmpty;

    /// <summary>Returns the document's root node, null for an empty file or a syntax error (reported).</summary>
    public static SourceNode? Read(string path, string text, DiagnosticBag diagnostics) =>
        Read(path, text, diagnostics, out _);

    /// <param name="isEmpty">True when the text holds no YAML document: only blank lines and comments (not reported).</param>
    public static SourceNode? Read(string path, string text, DiagnosticBag diagnostics, out bool isEmpty)
    {
        // YamlDotNet costs most of a 10,000-term load; the plain YAML term files are written in is read
        // without it, and everything else (mistakes included) still goes through it.
        if (SimpleYamlReader.TryRead(path, text, out var simple))
        {
            isEmpty = false;
            return TextRules.Check(simple, diagnostics) ? simple : null;
        }

        // A file with a control character or a text past the Markdown limits is not read further (like a syntax error).
        var root = ReadWithYamlDotNet(path, text, diagnostics, out isEmpty);
        return TextRules.Check(root, diagnostics) ? root : null;
    }

    /// <summary>The reader for all of YAML, with its diagnostics; <see cref="SimpleYamlReader"/> must agree with it.</summary>
    internal static SourceNode? ReadWithYamlDotNet(string path, string text, DiagnosticBag diagnostics, out bool isEmpty)
    {
        var reader = new YamlSourceReader(path, text, diagnostics);
        var root = reader.ReadStream();
        isEmpty = reader._isEmpty;
        return root;
    }

    private SourceNode? ReadStream()
    {
        try
        {
            _parser.Consume<StreamStart>();
            if (_parser.Accept<StreamEnd>(out _))
            {
                _isEmpty = true;
                return null;
            }

            _parser.Consume<DocumentStart>();
            var root = ReadNode(0);
            _parser.Consume<DocumentEnd>();
            if (_parser.Accept<DocumentStart>(out var second))
            {
                _diagnostics.Error(Codes.YamlSyntax, At(second.Start), "The file holds more than one YAML document ('---' in the middle).", "keep one document per file, or remove the extra '---'");
                return null;
            }

            return root;
        }
        catch (YamlException e)
        {
            var where = Where(e);
            _diagnostics.Error(Codes.YamlSyntax, where, $"YAML syntax error: {Explain(e)}", IndentationHint(where.Line) ?? Hint(e));
            return null;
        }
        catch (ContentRejected)
        {
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // YamlDotNet has inputs on which it fails with a bare exception and no position (for example
            // InvalidOperationException from ScanPlainScalar on `{nb: Tre #1 er best}` followed by a key).
            // Malformed text is the editor's mistake, never an internal error: report it after the last
            // value the parser did read.
            var at = LastRead();
            _diagnostics.Error(Codes.YamlSyntax, At(at), "YAML syntax error: the text after this point cannot be read (a bracket, brace or quote that is not closed?).", UnreadableHint(at));
            return null;
        }
    }

    /// <summary>
    /// The exception's position when it has one. A tab error points at the tab: YamlDotNet reports "invalid
    /// tab as indentation" at line 1, column 1 with an empty span, and a tab after a plain value at the start
    /// of that value. Any other error without a position points at where the scanner stopped.
    /// </summary>
    private SourceLocation Where(YamlException e)
    {
        var hasPosition = e.Start.Index > 0 || !e.Start.Equals(e.End);
        if (Explain(e).Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            var tab = hasPosition ? FirstTabIndentation((int)e.Start.Line) : FirstTabIndentation((int)LastRead().Line) ?? FirstTabIndentation(1);
            if (tab is { } t && (!hasPosition || t.Line <= e.End.Line))
            {
                return t;
            }
        }

        return hasPosition ? At(e.Start) : At(_scanner.CurrentPosition);
    }

    /// <summary>The first tab in the indentation of a line, from line <paramref name="from"/> on.</summary>
    private SourceLocation? FirstTabIndentation(int from)
    {
        var lines = _text.Split('\n');
        for (var i = Math.Max(from, 1); i <= lines.Length; i++)
        {
            var line = lines[i - 1].AsSpan();
            var indent = line[..(line.Length - line.TrimStart(" \t").Length)];
            if (indent.IndexOf('\t') is var column and >= 0)
            {
                return new SourceLocation(_path, i, column + 1);
            }
        }

        return null;
    }

    /// <summary>Where the last event the parser delivered starts, else where the scanner stopped.</summary>
    private Mark LastRead() => _parser.Current is { } last && last is not StreamStart ? last.Start : _scanner.CurrentPosition;

    private string UnreadableHint(Mark at)
    {
        var line = Line((int)at.Line);
        return line.Contains(" #", StringComparison.Ordinal)
            ? "' #' starts a comment in YAML, which cuts the value short: quote text that contains '#', e.g. \"Tre #1 er best\""
            : "check that every '{', '[' and quote is closed, and quote values that contain ': ', ' #', '{' or '['";
    }

    /// <summary>The text of a 1-based line of the input, "" when there is no such line.</summary>
    private string Line(int number)
    {
        var start = 0;
        for (var i = 1; i < number; i++)
        {
            start = _text.IndexOf('\n', start) + 1;
            if (start == 0)
            {
                return "";
            }
        }

        var end = _text.IndexOf('\n', start);
        return end < 0 ? _text[start..] : _text[start..end];
    }

    private SourceNode ReadNode(int depth)
    {
        var current = _parser.Current ?? throw new YamlException("Unexpected end of the file.");
        if (depth > MaxDepth)
        {
            Reject(Codes.WrongType, current.Start, $"The YAML is nested more than {MaxDepth} levels deep.", "content files never need this much nesting");
        }

        if (current is AnchorAlias alias)
        {
            Reject(Codes.AnchorsNotSupported, alias.Start, $"YAML aliases (*{alias.Value}) are not supported in content files.", "write the value out in full");
        }

        if (current is NodeEvent { Anchor.IsEmpty: false } anchored)
        {
            Reject(Codes.AnchorsNotSupported, anchored.Start, $"YAML anchors (&{anchored.Anchor}) are not supported in content files.", "write the value out in full");
        }

        // Tags ask a YAML library to build objects ("!!python/object:..."); content is only text,
        // lists and mappings, so only the core tags that say exactly that are accepted.
        if (current is NodeEvent { Tag.IsEmpty: false } tagged && !CoreTags.Contains(tagged.Tag.Value))
        {
            Reject(Codes.WrongType, tagged.Start, $"The YAML tag '{tagged.Tag.Value}' is not supported in content files.", "remove the tag (the part starting with !); write the value as plain text");
        }

        switch (current)
        {
            case Scalar s:
                _parser.MoveNext();
                return ToScalar(s);
            case SequenceStart seq:
                _parser.MoveNext();
                var items = ImmutableArray.CreateBuilder<SourceNode>();
                while (!_parser.TryConsume<SequenceEnd>(out _))
                {
                    items.Add(ReadNode(depth + 1));
                }

                return new SequenceNode(items.ToImmutable(), At(seq.Start));
            case MappingStart map:
                _parser.MoveNext();
                return ReadMapping(At(map.Start), depth);
            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private MappingNode ReadMapping(SourceLocation location, int depth)
    {
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, SourceNode>>();
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        while (!_parser.TryConsume<MappingEnd>(out _))
        {
            if (_parser.Current is not Scalar keyEvent)
            {
                var at = _parser.Current!.Start;
                Reject(Codes.WrongType, at, "A key must be plain text, not a list or mapping.", "write keys as `name: value`");
                return null!;
            }

            _parser.MoveNext();
            var key = ToScalar(keyEvent);
            var value = ReadNode(depth + 1);
            if (seen.TryGetValue(key.Value, out var first))
            {
                _diagnostics.Error(Codes.DuplicateKey, key.Location, $"The key '{key.Value}' appears twice in the same mapping (first on line {first.Line}).", "remove one of them or merge their values");
                continue;
            }

            seen[key.Value] = key.Location;
            entries.Add(new(key, value));
        }

        return new MappingNode(entries.ToImmutable(), location);
    }

    private ScalarNode ToScalar(Scalar s) =>
        new(s.Value, At(s.Start), s.Style == ScalarStyle.Plain, s.Style is ScalarStyle.Literal or ScalarStyle.Folded)
        {
            Source = new ScalarSource(_text, (int)s.Start.Index, (int)s.End.Index, At(s.Start), s.Style),
        };

    private SourceLocation At(Mark mark) => new(_path, (int)mark.Line, (int)mark.Column);

    private void Reject(string code, Mark at, string message, string hint)
    {
        _diagnostics.Error(code, At(at), message, hint);
        throw new ContentRejected();
    }

    private static string Explain(YamlException e)
    {
        var message = e.InnerException?.Message ?? e.Message;
        var paren = message.IndexOf("): ", StringComparison.Ordinal);
        return paren >= 0 && message.StartsWith('(') ? message[(paren + 3)..] : message;
    }

    /// <summary>
    /// When the line of the error is a `key:` line indented differently from the key line above it (which
    /// does not open a block), the mistake is the indentation, not quoting: say so, with both indents.
    /// </summary>
    private string? IndentationHint(int line)
    {
        var lines = _text.Split('\n');
        if (line < 2 || line > lines.Length || KeyIndent(lines[line - 1]) is not { } indent)
        {
            return null;
        }

        for (var above = line - 2; above >= 0; above--)
        {
            var text = lines[above].TrimEnd();
            if (text.Trim().Length == 0 || text.TrimStart().StartsWith('#'))
            {
                continue;
            }

            return KeyIndent(text) is { } other && other != indent && !text.EndsWith(':')
                ? $"line {line} is indented by {indent} space(s), the key above it by {other}: keys of one mapping start in the same column"
                : null;
        }

        return null;
    }

    /// <summary>The indentation of a `key: value` line (a list item's `- ` counts as indentation), or null.</summary>
    private static int? KeyIndent(string line)
    {
        var trimmed = line.TrimStart(' ', '-');
        var colon = trimmed.IndexOf(": ", StringComparison.Ordinal);
        return colon > 0 && !trimmed[..colon].Contains(' ') && !trimmed.StartsWith('#') ? line.Length - trimmed.Length : null;
    }

    private static string? Hint(YamlException e)
    {
        var m = Explain(e);
        if (m.Contains("tab", StringComparison.OrdinalIgnoreCase))
        {
            return "YAML indentation must use spaces, not tabs";
        }

        if (m.Contains("mapping values are not allowed", StringComparison.OrdinalIgnoreCase) || m.Contains("found invalid mapping", StringComparison.OrdinalIgnoreCase))
        {
            return "a value containing ': ' must be quoted, e.g. \"Note: text\"";
        }

        return "check indentation and quoting around this line";
    }

    private sealed class ContentRejected : Exception;
}
