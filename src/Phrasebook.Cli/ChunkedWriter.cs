using System.Text;

namespace Phrasebook.Cli;

/// <summary>
/// Lines gathered and passed on in pieces of 32,768 characters: Console.Out flushes every write, so a site's
/// 100,000 warnings were 200,000 write calls (half a second of a check). Disposing passes on the rest;
/// whatever was written before to another stream (standard error) stays before it.
/// </summary>
internal sealed class ChunkedWriter(TextWriter inner) : TextWriter
{
    private const int Piece = 32 * 1024;
    private readonly StringBuilder _pending = new(Piece + 1024);

    public override Encoding Encoding => inner.Encoding;

    public override void Write(char value)
    {
        _pending.Append(value);
        PassOnWhenFull();
    }

    public override void Write(string? value)
    {
        _pending.Append(value);
        PassOnWhenFull();
    }

    public override void Write(ReadOnlySpan<char> buffer)
    {
        _pending.Append(buffer);
        PassOnWhenFull();
    }

    public override void WriteLine(string? value)
    {
        _pending.Append(value).Append(CoreNewLine);
        PassOnWhenFull();
    }

    public override void Flush()
    {
        if (_pending.Length > 0)
        {
            inner.Write(_pending);
            _pending.Clear();
        }

        inner.Flush();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Flush();
        }

        base.Dispose(disposing);
    }

    private void PassOnWhenFull()
    {
        if (_pending.Length >= Piece)
        {
            inner.Write(_pending);
            _pending.Clear();
        }
    }
}
