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

    /// <summary>After a page bigger than this (a role page lists every term) the thread lets its buffer go.</summary>
    private const int KeptCapacity = 1 << 20;

    private readonly ArrayBufferWriter<char> _line = new(1024);
    private readonly ArrayBufferWriter<char> _page = new(32 * 1024);
    private int _preserve;

    private TidyHtmlWriter()
    {
    }

    public override Encoding Encoding => Encoding.UTF8;

    /// <summary>This thread's writer, emptied.</summary>
    public static TidyHtmlWriter Rent()
    {
        var writer = shared is { _page.Capacity: <= KeptCapacity } ? shared : shared = new TidyHtmlWriter();
        writer._line.ResetWrittenCount();
        writer._page.ResetWrittenCount();
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
        var text = Finish();
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        Encoding.UTF8.GetBytes(text, bytes);
        return bytes;
    }

    /// <summary>The page so far as UTF-8 in an array from <see cref="RentedBytes.Rent"/>, for a document that is written and let go.</summary>
    public (byte[] Array, int Length) ToRentedUtf8()
    {
        var text = Finish();
        var array = RentedBytes.Rent(Encoding.UTF8.GetByteCount(text));
        return (array, Encoding.UTF8.GetBytes(text, array));
    }

    // The text after the last newline is a line of its own, as when the page is split on '\n'.
    private ReadOnlySpan<char> Finish()
    {
        EndLine();
        return _page.WrittenSpan;
    }

    private void EndLine()
    {
        var line = _line.WrittenSpan;
        var wasPreserving = _preserve > 0;
        _preserve += Count(line, "<pre") + Count(line, "<textarea") - Count(line, "</pre") - Count(line, "</textarea");
        var kept = wasPreserving ? line : line.TrimEnd();
        if (kept.Length > 0 || wasPreserving)
        {
            _page.Write(kept);
            _page.Write("\n");
        }

        _line.ResetWrittenCount();
    }

    private static int Count(ReadOnlySpan<char> line, string tag)
    {
        var count = 0;
        int at;
        while ((at = line.IndexOf(tag, StringComparison.OrdinalIgnoreCase)) >= 0)
        {
            count++;
            line = line[(at + tag.Length)..];
        }

        return count;
    }
}
