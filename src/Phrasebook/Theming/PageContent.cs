using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using Fluid;
using Fluid.Values;

namespace Phrasebook.Theming;

/// <summary>
/// A page template's output, handed to the layout as <c>content</c> without becoming a string: the
/// layout writes it straight from this thread's buffer. A list page of 10,000 terms is megabytes of
/// HTML, and as a string it went to the large object heap for every page (1.4 GB of allocation in a
/// 10,000-term build). The buffer is a list of pooled pieces, each below the large object heap's
/// threshold: one growing array was 27 MB for a role's print page at 10,000 terms, copied at every doubling.
/// </summary>
/// <remarks>
/// It is HTML the theme made, so it is written as it is, as <c>{{ content | raw }}</c> does with a
/// string; a filter that needs the text (<c>strip</c>, <c>size</c>) gets it as a string.
/// </remarks>
public sealed class PageContent : FluidValue
{
    [ThreadStatic]
    private static Writer? shared;

    private readonly ReadOnlyMemory<char>[] _pieces;
    private readonly int _length;

    private PageContent(ReadOnlyMemory<char>[] pieces, int length) => (_pieces, _length) = (pieces, length);

    public override FluidValues Type => FluidValues.String;

    /// <summary>This thread's writer, emptied; what it holds is valid until the thread's next <see cref="Rent"/>.</summary>
    public static Writer Rent()
    {
        var writer = shared ??= new Writer();
        writer.Clear();
        return writer;
    }

    /// <summary>The <c>raw</c> filter, keeping page content as it is (Fluid's own would copy it into a string).</summary>
    public static ValueTask<FluidValue> Raw(FluidValue input, FilterArguments arguments, TemplateContext context) =>
        input is PageContent ? input : new StringValue(input.ToStringValue(), encode: false);

    public override bool Equals(FluidValue other) => other is not null && ToStringValue() == other.ToStringValue();

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => 0;

    public override string ToStringValue() => string.Create(_length, _pieces, static (text, pieces) =>
    {
        foreach (var piece in pieces)
        {
            piece.Span.CopyTo(text);
            text = text[piece.Length..];
        }
    });

    public override object ToObjectValue() => ToStringValue();

    public override int GetHashCode() => ToStringValue().GetHashCode(StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => WriteTo(writer);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        WriteTo(writer);
        return default;
    }

    private void WriteTo(TextWriter writer)
    {
        foreach (var piece in _pieces)
        {
            writer.Write(piece.Span);
        }
    }

    /// <summary>Collects a page template's output.</summary>
    public sealed class Writer : TextWriter
    {
        /// <summary>After a page bigger than this the thread gives the pieces past it back to the pool.</summary>
        internal const int KeptCapacity = 1 << 20;

        /// <summary>A piece's length in characters: 64 KB, below the large object heap's threshold.</summary>
        private const int Piece = 32 * 1024;

        /// <summary>The pieces this thread holds; the first <see cref="_count"/> hold the page written since the last clear.</summary>
        private readonly List<char[]> _pieces = [];
        private int _count;
        private int _used = Piece;

        public override Encoding Encoding => Encoding.UTF8;

        internal int Capacity => _pieces.Count * Piece;

        /// <summary>What was written, for the layout.</summary>
        public PageContent Value
        {
            get
            {
                var pieces = new ReadOnlyMemory<char>[_count];
                for (var i = 0; i < _count; i++)
                {
                    pieces[i] = _pieces[i].AsMemory(0, i == _count - 1 ? _used : Piece);
                }

                return new(pieces, _count == 0 ? 0 : ((_count - 1) * Piece) + _used);
            }
        }

        public override void Write(char value)
        {
            if (_used == Piece)
            {
                Next();
            }

            _pieces[_count - 1][_used++] = value;
        }

        public override void Write(string? value) => Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer)
        {
            while (!buffer.IsEmpty)
            {
                if (_used == Piece)
                {
                    Next();
                }

                var room = _pieces[_count - 1].AsSpan(_used, Piece - _used);
                var count = Math.Min(room.Length, buffer.Length);
                buffer[..count].CopyTo(room);
                _used += count;
                buffer = buffer[count..];
            }
        }

        // The template engine writes asynchronously; TextWriter's own async methods would queue every piece to the thread pool.
        public override Task WriteAsync(char value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(char[] buffer, int index, int count)
        {
            Write(buffer, index, count);
            return Task.CompletedTask;
        }

        public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
        {
            Write(buffer.Span);
            return Task.CompletedTask;
        }

        public override Task FlushAsync() => Task.CompletedTask;

        internal void Clear()
        {
            for (var i = _pieces.Count - 1; i >= KeptCapacity / Piece; i--)
            {
                ArrayPool<char>.Shared.Return(_pieces[i]);
                _pieces.RemoveAt(i);
            }

            (_count, _used) = (0, Piece);
        }

        /// <summary>Moves on to the next piece: one this thread kept, or a new one from the pool.</summary>
        private void Next()
        {
            if (_count == _pieces.Count)
            {
                _pieces.Add(ArrayPool<char>.Shared.Rent(Piece));
            }

            (_count, _used) = (_count + 1, 0);
        }
    }
}
