using System.Buffers;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Index;

public sealed class PooledByteBufferTests
{
    [Fact]
    public void Bytes_written_across_many_chunks_come_back_in_order()
    {
        var random = new Random(3);
        var expected = new List<byte>();
        using var buffer = new PooledByteBuffer();
        for (var i = 0; i < 2_000; i++)
        {
            // Single bytes, spans, and GetSpan/Advance with size hints bigger than a chunk's rest.
            var piece = new byte[random.Next(0, i % 100 == 0 ? 300_000 : 3_000)];
            random.NextBytes(piece);
            switch (i % 3)
            {
                case 0:
                    buffer.Write(piece);
                    break;
                case 1:
                    piece.CopyTo(buffer.GetSpan(piece.Length));
                    buffer.Advance(piece.Length);
                    break;
                default:
                    foreach (var b in piece)
                    {
                        buffer.Write(b);
                    }

                    break;
            }

            expected.AddRange(piece);
        }

        Assert.Equal(expected.Count, buffer.Length);
        Assert.Equal(expected.ToArray(), buffer.ToArray());

        using var stream = new MemoryStream();
        buffer.CopyTo(stream);
        Assert.Equal(expected.ToArray(), stream.ToArray());

        var writer = new ArrayBufferWriter<byte>();
        buffer.CopyTo(writer);
        Assert.Equal(expected.ToArray(), writer.WrittenSpan.ToArray());
    }

    [Fact]
    public void An_empty_buffer_is_an_empty_array_and_advancing_past_the_span_is_refused()
    {
        using var buffer = new PooledByteBuffer();
        Assert.Empty(buffer.ToArray());

        var room = buffer.GetSpan(10).Length;
        Assert.Throws<ArgumentOutOfRangeException>(() => buffer.Advance(room + 1));
    }
}
