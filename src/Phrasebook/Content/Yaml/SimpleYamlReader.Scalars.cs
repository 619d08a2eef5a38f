using System.Collections.Immutable;
using YamlDotNet.Core;

namespace Phrasebook.Content.Yaml;

/// <summary>The values <see cref="SimpleYamlReader"/> reads: quoted, plain, flow lists and mappings, literal blocks.</summary>
internal sealed partial class SimpleYamlReader
{
    [ThreadStatic]
    private static System.Text.StringBuilder? literalBuilder;

    /// <summary>One line, no escapes: the value is the text between the quotes.</summary>
    private ScalarNode? DoubleQuoted(ref int i)
    {
        var start = i;
        var close = _text.IndexOfAny(['"', '\\', '\n'], start + 1);
        if (close < 0 || _text[close] != '"')
        {
            return null;
        }

        i = close + 1;
        return Scalar(_text[(start + 1)..close], start, i, ScalarStyle.DoubleQuoted);
    }

    /// <summary>
    /// Words: a letter or digit first, then letters, digits, spaces and punctuation YAML gives no meaning
    /// inside a plain value (no ':', '#', brackets or braces), no space at the end. In a flow list or
    /// mapping it ends at ',' or the closing bracket, in a block at the line's end.
    /// </summary>
    private ScalarNode? Plain(ref int i, bool flow, char close = ']')
    {
        var start = i;
        if (!char.IsLetterOrDigit(_text[i]))
        {
            return null;
        }

        while (char.IsLetterOrDigit(_text[i]) || _text[i] is ' ' or '-' or '_' or '.' or '/' or '(' or ')' or '!' or '?' or ';' or '%' or '+' or '\''
            || (!flow && _text[i] is ',' or '"'))
        {
            i++;
        }

        var end = _text[i];
        if (_text[i - 1] == ' ' || !(flow ? end == ',' || end == close : end == '\n'))
        {
            return null;
        }

        return Scalar(_text[start..i], start, i, ScalarStyle.Plain);
    }

    /// <summary><c>{nb: "a", sv: b}</c> on one line: keys and values separated by a comma and spaces.</summary>
    private MappingNode? FlowMapping(ref int i)
    {
        var location = At(i);
        var entries = ImmutableArray.CreateBuilder<KeyValuePair<ScalarNode, SourceNode>>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        i++;
        do
        {
            if (entries.Count > 0)
            {
                i++;
                while (_text[i] == ' ')
                {
                    i++;
                }
            }

            var start = i;
            while (char.IsAsciiLetterOrDigit(_text[i]) || _text[i] == '_')
            {
                i++;
            }

            if (i == start || _text[i] != ':' || _text[i + 1] != ' ')
            {
                return null;
            }

            var key = Scalar(_text[start..i], start, i, ScalarStyle.Plain);
            i += 2;
            while (_text[i] == ' ')
            {
                i++;
            }

            ScalarNode? value = _text[i] == '"' ? DoubleQuoted(ref i) : Plain(ref i, flow: true, close: '}');
            if (value is null || !keys.Add(key.Value) || _text[i] is not (',' or '}'))
            {
                return null;
            }

            entries.Add(new(key, value));
        }
        while (_text[i] == ',');

        i++;
        return new MappingNode(entries.ToImmutable(), location);
    }

    /// <summary><c>[a, "b c"]</c> on one line: items separated by a comma and spaces.</summary>
    private SequenceNode? FlowList(ref int i)
    {
        var location = At(i);
        var items = ImmutableArray.CreateBuilder<SourceNode>();
        i++;
        while (_text[i] != ']')
        {
            if (items.Count > 0)
            {
                if (_text[i] != ',')
                {
                    return null;
                }

                i++;
                while (_text[i] == ' ')
                {
                    i++;
                }
            }

            ScalarNode? item = _text[i] == '"' ? DoubleQuoted(ref i) : Plain(ref i, flow: true);
            if (item is null)
            {
                return null;
            }

            items.Add(item);
        }

        i++;
        return new SequenceNode(items.ToImmutable(), location);
    }

    /// <summary>
    /// <c>|</c> and its more indented lines, clipped: each line without the block's indentation and with its
    /// line break, blank lines inside kept, blank lines at the end dropped. The scalar ends where the next
    /// line that is not blank starts, as YamlDotNet's does.
    /// </summary>
    private ScalarNode? Literal(int bar, int indent)
    {
        if (_text[bar + 1] != '\n')
        {
            return null;
        }

        var location = At(bar);
        NextLine(bar + 1);
        var content = Indentation();
        if (content <= indent)
        {
            return null;
        }

        // One builder per thread, kept: explanations are kilobytes, and a new builder regrows for each.
        var value = literalBuilder ??= new System.Text.StringBuilder(4096);
        value.Clear();
        var blanks = 0;
        while (_lineStart < _text.Length)
        {
            if (_text[_lineStart] == '\n')
            {
                blanks++;
                NextLine(_lineStart);
                continue;
            }

            var column = Indentation();
            if (column < 0 || (column < content && (column > indent || _text[_lineStart + column] == '#')))
            {
                return null;
            }

            if (column < content)
            {
                break;
            }

            value.Append('\n', blanks);
            blanks = 0;
            var newline = _text.IndexOf('\n', _lineStart);
            value.Append(_text, _lineStart + content, newline - _lineStart - content).Append('\n');
            NextLine(newline);
        }

        return new ScalarNode(value.ToString(), location, IsPlain: false, IsBlock: true)
        {
            Source = new ScalarSource(_text, bar, _lineStart, location, ScalarStyle.Literal),
        };
    }

    private ScalarNode Scalar(string value, int start, int end, ScalarStyle style)
    {
        var location = At(start);
        return new ScalarNode(value, location, style == ScalarStyle.Plain)
        {
            Source = new ScalarSource(_text, start, end, location, style),
        };
    }
}
