using System.Buffers;

namespace Phrasebook.Engine.Documents;

/// <summary>
/// A document's bytes in an array rented from the shared pool, given back once, when the document
/// has been written (<see cref="Modules.WriteAndRelease{TModel}"/>). Hundreds of list pages are a few hundred
/// kilobytes each; as new arrays they all went to the large object heap, which only a full
/// collection empties.
/// </summary>
public sealed class RentedBytes
{
    private byte[]? _array;

    private RentedBytes(byte[] array) => _array = array;

    /// <summary>An array of at least <paramref name="length"/> bytes; write into it, then hand it to <see cref="Document.WithRentedBytes"/>.</summary>
    public static byte[] Rent(int length) => ArrayPool<byte>.Shared.Rent(length);

    internal static RentedBytes Of(byte[] array) => new(array);

    internal void Return()
    {
        if (Interlocked.Exchange(ref _array, null) is { } array)
        {
            ArrayPool<byte>.Shared.Return(array);
        }
    }
}
