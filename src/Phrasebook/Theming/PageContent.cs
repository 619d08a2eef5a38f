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
/// 10,000-term build).
/// </summary>
/// <remarks>
/// It is HTML the theme made, so it is written as it is, as <c>{{ content | raw }}</c> does with a
/// string; a filter that needs the text (<c>strip</c>, <c>size</c>) gets it as a string.
/// </remarks>
public sealed class PageContent : FluidValue
{
    [ThreadStatic]
    private static Writer? shared;

    private readonly ReadOnlyMemory<char> _html;

    private PageContent(ReadOnlyMemory<char> html) => _html = html;

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

    public override string ToStringValue() => new(_html.Span);

    public override object ToObjectValue() => ToStringValue();

    public override int GetHashCode() => string.GetHashCode(_html.Span, StringComparison.Ordinal);

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    [Obsolete("WriteTo is obsolete, prefer the WriteToAsync method.")]
    public override void WriteTo(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo) => writer.Write(_html.Span);

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(_html.Span);
        return default;
    }

    /// <summary>Collects a page template's output.</summary>
    public sealed class Writer : TextWriter
    {
        /// <summary>After a page bigger than this the thread gives its buffer back to the pool.</summary>
        internal const int KeptCapacity = 1 << 20;

        private readonly Html.PooledBuffer<char> _buffer = new(16 * 1024);

        public override Encoding Encoding => Encoding.UTF8;

        internal int Capacity => _buffer.Capacity;

        /// <summary>What was written, for the layout.</summary>
        public PageContent Value => new(_buffer.WrittenMemory);

        public override void Write(char value)
        {
            _buffer.Room(1)[0] = value;
            _buffer.Advance(1);
        }

        public override void Write(string? value) => _buffer.Write(value.AsSpan());

        public override void Write(char[] buffer, int index, int count) => _buffer.Write(buffer.AsSpan(index, count));

        public override void Write(ReadOnlySpan<char> buffer) => _buffer.Write(buffer);

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

        internal void Clear() => _buffer.Clear(KeptCapacity);
    }
}
