using System.Buffers;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// A byte output made of pooled chunks. Growing never copies what was written (a MemoryStream
/// doubles and copies, and a 45 MB text index went through three of them), and <see cref="ToArray"/>
/// makes the one exact-size copy the caller keeps. Dispose returns the chunks.
/// </summary>
/// <remarks>
/// The pool is its own, holding a few chunks of each size: the shared pool keeps up to 32 arrays of
/// a size per core, and the 45 chunks of one text index stayed there, 64 MB, for the rest of a build.
/// </remarks>
public sealed class PooledByteBuffer : IBufferWriter<byte>, IDisposable
{
    private const int FirstChunk = 16 * 1024;
    private const int LargestChunk = 1024 * 1024;
    private static readonly ArrayPool<byte> Pool = ArrayPool<byte>.Create(LargestChunk, maxArraysPerBucket: 4);

    private readonly List<(byte[] Array, int Length)> _filled = [];
    private byte[] _chunk = [];
    private int _used;
    private long _filledLength;

    public long Length => _filledLength + _used;

    public Span<byte> GetSpan(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsSpan(_used);
    }

    public Memory<byte> GetMemory(int sizeHint = 0)
    {
        Reserve(sizeHint);
        return _chunk.AsMemory(_used);
    }

    public void Advance(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(count, _chunk.Length - _used);
        _used += count;
    }

    public void Write(byte value)
    {
        if (_used == _chunk.Length)
        {
            Reserve(1);
        }

        _chunk[_used++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length <= _chunk.Length - _used)
        {
            bytes.CopyTo(_chunk.AsSpan(_used));
            _used += bytes.Length;
            return;
        }

        while (!bytes.IsEmpty)
        {
            if (_used == _chunk.Length)
            {
                Reserve(1);
            }

            var n = Math.Min(bytes.Length, _chunk.Length - _used);
            bytes[..n].CopyTo(_chunk.AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }

    public byte[] ToArray()
    {
        var result = GC.AllocateUninitializedArray<byte>(checked((int)Length));
        var at = 0;
        foreach (var (array, length) in Chunks())
        {
            array.AsSpan(0, length).CopyTo(result.AsSpan(at));
            at += length;
        }

        return result;
    }

    /// <summary>What was written, chunk by chunk (valid until <see cref="Dispose"/>): to write a file without one big array.</summary>
    public IReadOnlyList<ReadOnlyMemory<byte>> Pieces() => [.. Chunks().Select(c => (ReadOnlyMemory<byte>)c.Array.AsMemory(0, c.Length))];

    public void CopyTo(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        foreach (var (array, length) in Chunks())
        {
            stream.Write(array, 0, length);
        }
    }

    public void CopyTo(IBufferWriter<byte> writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        foreach (var (array, length) in Chunks())
        {
            writer.Write(array.AsSpan(0, length));
        }
    }

    public void Dispose()
    {
        foreach (var (array, _) in _filled)
        {
            Pool.Return(array);
        }

        if (_chunk.Length > 0)
        {
            Pool.Return(_chunk);
        }

        _filled.Clear();
        (_chunk, _used, _filledLength) = ([], 0, 0);
    }

    private IEnumerable<(byte[] Array, int Length)> Chunks() => _used > 0 ? [.. _filled, (_chunk, _used)] : _filled;

    private void Reserve(int sizeHint)
    {
        sizeHint = Math.Max(sizeHint, 1);
        if (_chunk.Length - _used >= sizeHint)
        {
            return;
        }

        var written = Length;
        if (_used > 0)
        {
            _filled.Add((_chunk, _used));
            _filledLength += _used;
        }
        else if (_chunk.Length > 0)
        {
            Pool.Return(_chunk);
        }

        // Small outputs stay small; big ones settle at chunks large enough that their count stays low.
        var size = (int)Math.Clamp(written, FirstChunk, LargestChunk);
        _chunk = Pool.Rent(Math.Max(size, sizeHint));
        _used = 0;
    }
}
