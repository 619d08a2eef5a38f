using System.Buffers;

namespace Phrasebook.Html;

/// <summary>
/// A growable buffer in arrays of the shared pool. It grows by doubling one array up to <see cref="MaxPooled"/>
/// items and in pieces of its own past it, joined into one array of the exact size only when handed over.
/// </summary>
/// <remarks>
/// Page writers grew by doubling new arrays, so every list page of a few hundred kilobytes left large-object
/// arrays behind it, which only a full collection empties. Doubling past a megabyte did the same for the few big
/// pages: a role's print page (13 MB at 10,000 terms) left 2, 4, 8 and 16 MB arrays and a 13 MB copy, 43 MB of
/// large objects, and the large-object heap's allocations are what start most full collections of a `check`.
/// Now such a page costs its size in 64 KB pieces, which are not large objects, and once more in its final array.
/// </remarks>
internal sealed class PooledBuffer<T>(int initial)
{
    public const int MaxPooled = 1 << 20;

    /// <summary>The items of one piece past <see cref="MaxPooled"/>: 64 KB of bytes.</summary>
    private const int Piece = 1 << 16;

    private T[] _array = ArrayPool<T>.Shared.Rent(initial);
    private int _used;
    private bool _pooled = true;

    // The arrays filled before the current one, in order, once the buffer is past MaxPooled.
    private List<(T[] Array, int Length, bool Pooled)>? _full;
    private int _fullLength;

    public int Length => _fullLength + _used;

    public int Capacity => (_full?.Sum(f => f.Array.Length) ?? 0) + _array.Length;

    /// <summary>Room for <paramref name="count"/> more items, to fill and then <see cref="Advance"/>.</summary>
    public Span<T> Room(int count)
    {
        if (_used + count <= _array.Length)
        {
            return _array.AsSpan(_used);
        }

        var doubled = Math.Max(_used + count, _array.Length * 2);
        if (_full is null && doubled <= MaxPooled)
        {
            var bigger = ArrayPool<T>.Shared.Rent(doubled);
            _array.AsSpan(0, _used).CopyTo(bigger);
            Let(_array, _pooled);
            (_array, _pooled) = (bigger, true);
            return _array.AsSpan(_used);
        }

        // Pieces of their own, under the large-object size: the pool keeps what it is given back for the rest of the run
        // (pooled megabyte pieces raised a check's peak by 50-70 MB), and large objects are what start a full collection.
        (_full ??= []).Add((_array, _used, _pooled));
        _fullLength += _used;
        (_array, _pooled, _used) = (GC.AllocateUninitializedArray<T>(Math.Max(count, Piece)), false, 0);
        return _array;
    }

    public void Advance(int count) => _used += count;

    public void Write(ReadOnlySpan<T> items)
    {
        items.CopyTo(Room(items.Length));
        _used += items.Length;
    }

    /// <summary>What was written, in a new array of its size.</summary>
    public T[] ToArray()
    {
        var all = GC.AllocateUninitializedArray<T>(Length);
        CopyTo(all);
        return all;
    }

    /// <summary>Empties the buffer; one grown past <paramref name="kept"/> is let go for a small one.</summary>
    public void Clear(int kept)
    {
        if (_array.Length > kept || !_pooled || _full is not null)
        {
            LetAll();
            (_array, _pooled) = (ArrayPool<T>.Shared.Rent(initial), true);
        }

        _used = 0;
    }

    /// <summary>Hands the written items over and starts on a new array: a pooled array goes back to the shared pool when its new owner is done.</summary>
    /// <remarks>A buffer past <see cref="MaxPooled"/> hands over one array of its own, of the exact length.</remarks>
    public (T[] Array, int Length, bool Pooled) Detach()
    {
        var detached = _full is null ? (_array, _used, _pooled) : (ToArray(), Length, false);
        if (_full is not null)
        {
            LetAll();
        }

        (_array, _pooled, _used) = (ArrayPool<T>.Shared.Rent(initial), true, 0);
        return detached;
    }

    private void CopyTo(Span<T> target)
    {
        foreach (var (array, length, _) in _full ?? [])
        {
            array.AsSpan(0, length).CopyTo(target);
            target = target[length..];
        }

        _array.AsSpan(0, _used).CopyTo(target);
    }

    private void LetAll()
    {
        foreach (var (array, _, pooled) in _full ?? [])
        {
            Let(array, pooled);
        }

        Let(_array, _pooled);
        (_full, _fullLength) = (null, 0);
    }

    private static void Let(T[] array, bool pooled)
    {
        if (pooled)
        {
            ArrayPool<T>.Shared.Return(array);
        }
    }
}
