using Phrasebook.Engine.Diagnostics;
using YamlDotNet.Core;

namespace Phrasebook.Content.Yaml;

/// <summary>
/// A scalar as written in the file: the raw characters between its start and end, which the parser has
/// unquoted, unescaped, dedented and folded into the value. <see cref="Locate"/> maps a position in the value
/// back to line and column in the file, so an error inside a long text points at the editor's line.
/// </summary>
public sealed class ScalarSource
{
    private readonly string _text;
    private readonly int _start;
    private readonly int _end;
    private readonly SourceLocation _location;
    private readonly ScalarStyle _style;

    /// <param name="text">The whole text given to the parser (shared by every scalar of the file).</param>
    /// <param name="start">Index in <paramref name="text"/> where the scalar starts (its quote or block indicator).</param>
    /// <param name="end">Index just after the scalar.</param>
    /// <param name="location">Line and column of <paramref name="start"/>.</param>
    /// <param name="style">How the scalar is written: plain, quoted, literal or folded.</param>
    public ScalarSource(string text, int start, int end, SourceLocation location, ScalarStyle style)
    {
        _text = text;
        _start = Math.Clamp(start, 0, text.Length);
        _end = Math.Clamp(end, _start, text.Length);
        _location = location;
        _style = style;
    }

    /// <summary>The same scalar holding only its own text, so that keeping it does not keep the whole file.</summary>
    public ScalarSource Detached() => new(_text[_start.._end], 0, _end - _start, _location, _style);

    /// <summary>Where the character at <paramref name="offset"/> of <paramref name="value"/> was written in the file.</summary>
    /// <remarks>
    /// Walks value and raw text side by side: a non-blank character of the value is the next equal character
    /// of the raw text; a blank (a space or a folded line break) matches any run of blanks, line breaks and
    /// indentation; in a double-quoted scalar an escape (\", \n, \u00e5 ...) is one character of the value.
    /// A character that cannot be found (it never should) leaves the raw position where it is.
    /// </remarks>
    public SourceLocation Locate(string value, int offset)
    {
        var raw = ContentStart();
        offset = Math.Clamp(offset, 0, value.Length);
        for (var i = 0; i < offset; i++)
        {
            raw = Next(value[i], raw) is var (at, length) ? at + length : raw;
        }

        var target = offset < value.Length && Next(value[offset], raw) is var (found, _) ? found : raw;
        return LocationOf(Math.Min(target, _end));
    }

    private int ContentStart() => _style switch
    {
        ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted => Math.Min(_start + 1, _end),
        ScalarStyle.Literal or ScalarStyle.Folded => _text.IndexOf('\n', _start, _end - _start) is var nl and >= 0 ? nl + 1 : _end,
        _ => _start,
    };

    /// <summary>The raw index and length that produced the value character <paramref name="c"/>, searching from <paramref name="raw"/>.</summary>
    private (int At, int Length)? Next(char c, int raw)
    {
        if (_style == ScalarStyle.DoubleQuoted)
        {
            // An escaped line break ("\" at the end of a line) produces nothing: skip it and the indentation after it.
            while (raw + 1 < _end && _text[raw] == '\\' && _text[raw + 1] == '\n')
            {
                raw += 2;
                while (raw < _end && _text[raw] is ' ' or '\t')
                {
                    raw++;
                }
            }

            if (raw + 1 < _end && _text[raw] == '\\')
            {
                return (raw, EscapeLength(_text[raw + 1]));
            }
        }

        if (char.IsWhiteSpace(c))
        {
            var blank = raw;
            while (blank < _end && char.IsWhiteSpace(_text[blank]))
            {
                blank++;
            }

            return (raw, blank - raw);
        }

        var index = _text.IndexOf(c, raw, _end - raw);
        return index < 0 ? null : (index, 1);
    }

    private static int EscapeLength(char kind) => kind switch
    {
        'x' => 4,
        'u' => 6,
        'U' => 10,
        _ => 2,
    };

    private SourceLocation LocationOf(int index)
    {
        var lineStart = _text.LastIndexOf('\n', Math.Max(index - 1, 0), Math.Max(index - _start, 0));
        if (index <= _start || lineStart < 0)
        {
            return _location with { Column = _location.Column + Math.Max(index - _start, 0) };
        }

        var lines = _text.AsSpan(_start, lineStart - _start + 1).Count('\n');
        return _location with { Line = _location.Line + lines, Column = index - lineStart };
    }
}
