using System.Buffers;

namespace Phrasebook.Html;

/// <summary>
/// A growable buffer in arrays of the shared pool up to <see cref="MaxPooled"/> items, in arrays of its own past
/// that. Page writers grew by doubling new arrays, so every list page of a few hundred kilobytes left large-object
/// arrays behind it, which only a full collection empties; the few pages past a megabyte (a role's print page is
/// 13 MB at 10,000 terms) get arrays of their own again, as the pool would keep such arrays for the rest of the build.
/// </summary>
internal sealed class PooledBuffer<T>(int initial)
{
    public const int MaxPooled = 1 << 20;

    private T[] _array = ArrayPool<T>.Shared.Rent(initial);
    private bool _pooled = true;

    public int Length { get; private set; }

    public int Capacity => _array.Length;

    public ReadOnlySpan<T> Written => _array.AsSpan(0, Length);

    public ReadOnlyMemory<T> WrittenMemory => _array.AsMemory(0, Length);

    /// <summary>Room for <paramref name="count"/> more items, to fill and then <see cref="Advance"/>.</summary>
    public Span<T> Room(int count)
    {
        if (Length + count > _array.Length)
        {
            var size = Math.Max(Length + count, _array.Length * 2);
            var pooled = size <= MaxPooled;
            var bigger = pooled ? ArrayPool<T>.Shared.Rent(size) : GC.AllocateUninitializedArray<T>(size);
            _array.AsSpan(0, Length).CopyTo(bigger);
            Let(_array, _pooled);
            (_array, _pooled) = (bigger, pooled);
        }

        return _array.AsSpan(Length);
    }

    public void Advance(int count) => Length += count;

    public void Write(ReadOnlySpan<T> items)
    {
        items.CopyTo(Room(items.Length));
        Length += items.Length;
    }

    /// <summary>Empties the buffer; one grown past <paramref name="kept"/> is let go for a small one.</summary>
    public void Clear(int kept)
    {
        Length = 0;
        if (_array.Length > kept || !_pooled)
        {
            Let(_array, _pooled);
            (_array, _pooled) = (ArrayPool<T>.Shared.Rent(initial), true);
        }
    }

    /// <summary>Hands the array over and starts on a new one: a pooled array goes back to the shared pool when its new owner is done.</summary>
    public (T[] Array, int Length, bool Pooled) Detach()
    {
        var detached = (_array, Length, _pooled);
        (_array, _pooled) = (ArrayPool<T>.Shared.Rent(initial), true);
        Length = 0;
        return detached;
    }

    private static void Let(T[] array, bool pooled)
    {
        if (pooled)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
