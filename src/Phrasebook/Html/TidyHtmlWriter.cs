using System.Buffers;
using System.Text;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Html;

/// <summary>
/// Takes a page as the template engine writes it and keeps it as UTF-8, the way it goes to disk,
/// without the whitespace-only lines and trailing spaces that Liquid tags leave behind (outside
/// &lt;pre&gt; and &lt;textarea&gt;). That changes nothing a reader sees, keeps pages valid under
/// html-validate's no-trailing-whitespace rule, and makes them smaller.
/// </summary>
/// <remarks>
/// One writer per thread is reused for every page, so rendering a page allocates its bytes once
/// instead of a string for the layout, another for the tidied page and an array for the file.
/// </remarks>
public sealed class TidyHtmlWriter : TextWriter
{
    [ThreadStatic]
    private static TidyHtmlWriter? shared;

    /// <summary>After a page bigger than this (a role's print page lists every term) the thread gives its buffer back to the pool.</summary>
    private const int KeptCapacity = 2 << 20;

    private readonly ArrayBufferWriter<char> _line = new(1024);

    // The page as UTF-8, line by line: the bytes that go to disk, half the size of the text, without a copy at the end.
    private readonly PooledBuffer<byte> _page = new(32 * 1024);
    private int _preserve;

    private TidyHtmlWriter()
    {
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>The size of the page buffer (for tests).</summary>
    internal int Capacity => _page.Capacity;

    /// <summary>This thread's writer, emptied.</summary>
    public static TidyHtmlWriter Rent()
    {
        var writer = shared ??= new TidyHtmlWriter();
        writer._line.ResetWrittenCount();
        writer._page.Clear(KeptCapacity);
        writer._preserve = 0;
        return writer;
    }

    /// <summary>Tidies a whole text (for HTML that is not rendered by a template).</summary>
    public static string Apply(string html)
    {
        var writer = Rent();
        writer.Write(html);
        return Encoding.UTF8.GetString(writer.ToUtf8());
    }

    public override void Write(char value)
    {
        if (value == '\n')
        {
            EndLine();
        }
        else
        {
            _line.GetSpan(1)[0] = value;
            _line.Advance(1);
        }
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        int newline;
        while ((newline = buffer.IndexOf('\n')) >= 0)
        {
            _line.Write(buffer[..newline]);
            EndLine();
            buffer = buffer[(newline + 1)..];
        }

        _line.Write(buffer);
    }

    // The template engine writes asynchronously; TextWriter's own async methods would queue every
    // piece of text to the thread pool.
    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value.AsSpan());
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer.AsSpan(index, count));
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    /// <summary>The page so far, with its last line, as UTF-8.</summary>
    public byte[] ToUtf8()
    {
        EndLine();
        return _page.ToArray();
    }

    /// <summary>The page so far as UTF-8, for a document that is written and let go: in an array of the shared pool (as <see cref="RentedBytes.Rent"/> gives) when <c>Pooled</c>.</summary>
    /// <remarks>The text after the last newline is a line of its own, as when the page is split on '\n'. The writer starts on a new buffer.</remarks>
    public (byte[] Array, int Length, bool Pooled) ToRentedUtf8()
    {
        EndLine();
        return _page.Detach();
    }

    private void EndLine()
    {
        var line = _line.WrittenSpan;
        var wasPreserving = _preserve > 0;
        _preserve += Preserving(line);
        var kept = wasPreserving ? line : line.TrimEnd();
        if (kept.Length > 0 || wasPreserving)
        {
            // A line holds whole characters (a surrogate pair never spans a '\n'), so encoding line by line gives the bytes of the whole text.
            var room = _page.Room(Encoding.UTF8.GetMaxByteCount(kept.Length) + 1);
            var length = Encoding.UTF8.GetBytes(kept, room);
            room[length] = (byte)'\n';
            _page.Advance(length + 1);
        }

        _line.ResetWrittenCount();
    }

    /// <summary>How many more &lt;pre&gt; and &lt;textarea&gt; elements <paramref name="line"/> opens than it closes (tag names in any case).</summary>
    /// <remarks>One look at each '&lt;': a line was searched four times over, and a role's print page is 13.5 MB of lines.</remarks>
    internal static int Preserving(ReadOnlySpan<char> line)
    {
        var count = 0;
        int at;
        while ((at = line.IndexOf('<')) >= 0)
        {
            line = line[at..];
            count += line.StartsWith("<pre", StringComparison.OrdinalIgnoreCase) || line.StartsWith("<textarea", StringComparison.OrdinalIgnoreCase) ? 1
                : line.StartsWith("</pre", StringComparison.OrdinalIgnoreCase) || line.StartsWith("</textarea", StringComparison.OrdinalIgnoreCase) ? -1
                : 0;
            line = line[1..];
        }

        return count;
    }
}
