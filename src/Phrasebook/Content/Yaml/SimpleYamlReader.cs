using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using YamlDotNet.Core;

namespace Phrasebook.Content.Yaml;

/// <summary>
/// Reads the plain YAML nearly every term file is written in, several times faster than YamlDotNet's
/// scanner and parser and with a fraction of their garbage: block mappings and lists, comment lines,
/// one-line double-quoted and plain values, one-line flow lists and mappings, literal blocks (<c>|</c>). It gives exactly the nodes (values,
/// lines, columns, scalar sources) <see cref="YamlSourceReader"/> builds from YamlDotNet's events, and it
/// never reports anything: at the first thing outside that subset (a comment, an escape, a tab, a
/// duplicate key, any mistake) it gives up and the file is read by YamlDotNet, which explains mistakes.
/// </summary>
internal sealed partial class SimpleYamlReader
{
    private readonly string _path;
    private readonly string _text;
    private int _lineStart;
    private int _line = 1;

    private SimpleYamlReader(string path, string text)
    {
        _path = path;
        _text = text;
    }

    /// <summary>False when the text is not in the subset; <paramref name="root"/> is then null.</summary>
    public static bool TryRead(string path, string text, out SourceNode? root)
    {
        root = null;
        if (text.Length == 0 || text[^1] != '\n' || !HasOnlySimpleCharacters(text))
        {
            return false;
        }

        var reader = new SimpleYamlReader(path, text);
        if (!reader.SkipEmptyLines() || reader.Indentation() != 0)
        {
            return false;
        }

        try
        {
            // A term file is a mapping; roles.yml a list.
            root = text[reader._lineStart] == '-' ? reader.ReadSequence(0, 0) : reader.ReadMapping(0, 0);
        }
        catch (IndexOutOfRangeException)
        {
            // Every line ends in '\n', so reading past the text is a bug here, never the editor's: YamlDotNet reads the file instead.
            root = null;
        }

        if (root is null || reader.SkipEmptyLines())
        {
            root = null;
            return false;
        }

        return true;
    }

    /// <summary>No tab, carriage return, control character, YAML line break other than \n, BOM or surrogate anywhere.</summary>
    private static bool HasOnlySimpleCharacters(string text)
    {
        foreach (var c in text)
        {
            if (c < 0x20 ? c != '\n' : c is (>= '\u007F' and < '\u00A0') or '\u2028' or '\u2029' or '\uFEFF' or >= '\uD800' and < '\uE000' or >= '\uFFFE')
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Moves to the next line that is neither empty nor a comment; false at the end of the text.</summary>
    private bool SkipEmptyLines()
    {
        while (_lineStart < _text.Length && (_text[_lineStart] == '\n' || IsCommentLine()))
        {
            NextLine(_text.IndexOf('\n', _lineStart));
        }

        return _lineStart < _text.Length;
    }

    private bool IsCommentLine()
    {
        var column = Indentation();
        return column >= 0 && _text[_lineStart + column] == '#';
    }

    private void NextLine(int newline)
    {
        _lineStart = newline + 1;
        _line++;
    }

    /// <summary>Spaces at the start of the current line; -1 for a line of spaces only, or past the end.</summary>
    private int Indentation()
    {
        var i = _lineStart;
        while (i < _text.Length && _text[i] == ' ')
        {
            i++;
        }

        return i == _text.Length || _text[i] == '\n' ? -1 : i - _lineStart;
    }

    private SourceLocation At(int index) => new(_path, _line, index - _lineStart + 1);

    /// <param name="first">Where the first key is when it is not at the line's indentation (after "- ").</param>
    private MappingNode? ReadMapping(int indent, int depth, int first = -1)
    {
        // YamlSourceReader counts a level for each value and list item too: stay well inside its limit.
        if (depth > YamlSourceReader.MaxDepth - 3)
        {
            return null;
        }

        var location = At(first >= 0 ? first : _lineStart + indent);
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, SourceNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        if (first >= 0)
        {
            if (ReadEntry(first, indent, depth) is not { } head)
            {
                return null;
            }

            entries.Add(head);
            keys.Add(head.Key.Value);
        }

        while (SkipEmptyLines())
        {
            var column = Indentation();
            if (column < indent)
            {
                // A line of spaces, or the end of this mapping: the caller decides.
                return column < 0 ? null : new MappingNode(entries.ToImmutable(), location);
            }

            if (column > indent || ReadEntry(_lineStart + indent, indent, depth) is not { } entry || !keys.Add(entry.Key.Value))
            {
                return null;
            }

            entries.Add(entry);
        }

        return new MappingNode(entries.ToImmutable(), location);
    }

    /// <summary>"- " items at one indentation: a mapping whose first key follows the dash, or a one-line value.</summary>
    private SequenceNode? ReadSequence(int indent, int depth)
    {
        var location = At(_lineStart + indent);
        var items = ImmutableArray.CreateBuilder<SourceNode>();
        while (SkipEmptyLines())
        {
            var column = Indentation();
            if (column < indent)
            {
                return column < 0 ? null : new SequenceNode(items.ToImmutable(), location);
            }

            var dash = _lineStart + indent;
            if (column > indent || _text[dash] != '-' || _text[dash + 1] != ' ' || _text[dash + 2] is ' ' or '\n')
            {
                return null;
            }

            var i = dash + 2;
            SourceNode? item = IsKey(i) ? ReadMapping(indent + 2, depth + 1, i) : _text[i] switch
            {
                '"' => DoubleQuoted(ref i),
                '[' => FlowList(ref i),
                '{' => FlowMapping(ref i),
                _ => Plain(ref i, flow: false),
            };
            if (item is null)
            {
                return null;
            }

            if (item is ScalarNode or SequenceNode || (item is MappingNode && !IsKey(dash + 2)))
            {
                if (_text[i] != '\n')
                {
                    return null;
                }

                NextLine(i);
            }

            items.Add(item);
        }

        return new SequenceNode(items.ToImmutable(), location);
    }

    /// <summary>A block mapping's key starts here: a name, a colon, then a space or the line's end.</summary>
    private bool IsKey(int i)
    {
        var start = i;
        while (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_')
        {
            i++;
        }

        return i > start && _text[i] == ':' && _text[i + 1] is ' ' or '\n';
    }

    private KeyValuePair<ScalarNode, SourceNode>? ReadEntry(int start, int indent, int depth)
    {
        var i = start;
        while (i < _text.Length && (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_'))
        {
            i++;
        }

        // YamlDotNet takes at most 1024 characters as a key.
        if (i == start || i - start > 1024 || _text[i] != ':')
        {
            return null;
        }

        var key = Scalar(_text[start..i], start, i, ScalarStyle.Plain);
        i++;
        if (_text[i] == '\n')
        {
            // The value is a mapping on the lines below, indented more.
            NextLine(i);
            if (!SkipEmptyLines() || Indentation() <= indent)
            {
                return null;
            }

            var column = Indentation();
            SourceNode? nested = _text[_lineStart + column] == '-' ? ReadSequence(column, depth + 1) : ReadMapping(column, depth + 1);
            return nested is null ? null : new(key, nested);
        }

        if (_text[i] != ' ')
        {
            return null;
        }

        while (_text[i] == ' ')
        {
            i++;
        }

        SourceNode? value = _text[i] switch
        {
            '"' => DoubleQuoted(ref i),
            '[' => FlowList(ref i),
            '{' => FlowMapping(ref i),
            '|' => Literal(i, indent),
            _ => Plain(ref i, flow: false),
        };
        if (value is null)
        {
            return null;
        }

        if (value is ScalarNode { IsBlock: true })
        {
            return new(key, value);
        }

        if (_text[i] != '\n')
        {
            return null;
        }

        NextLine(i);
        return new(key, value);
    }
}
