using System.Collections.Immutable;
using System.Text;

namespace Phrasebook.Engine.Documents;

/// <summary>
/// An immutable unit of output: where it goes, what it holds, and what it was made from.
/// Modules never change a document; they return a new one with <c>With*</c>.
/// </summary>
public sealed class Document
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _bytes;
    private readonly RentedBytes? _rented;

    private Document(string destination, string? source, string? text, ReadOnlyMemory<byte> bytes, ImmutableDictionary<string, object> metadata, bool released = false, RentedBytes? rented = null)
    {
        _rented = rented;
        IsReleased = released;
        Destination = destination;
        Source = source;
        _text = text;
        _bytes = bytes;
        Metadata = metadata;
    }

    /// <summary>Output path relative to the output folder, with forward slashes ("nb/terms/x/index.html").</summary>
    public string Destination { get; }

    /// <summary>The source file relative to the site root, for diagnostics and "edit this page".</summary>
    public string? Source { get; }

    public ImmutableDictionary<string, object> Metadata { get; }

    public bool IsText => _text is not null;

    /// <summary>
    /// The content was written to the output and let go, to keep a large build's memory flat; only
    /// the destination and metadata remain.
    /// </summary>
    public bool IsReleased { get; }

    public static Document FromText(string destination, string text, string? source = null) =>
        new(NormalizeDestination(destination), source, text, default, ImmutableDictionary<string, object>.Empty);

    public static Document FromBytes(string destination, ReadOnlyMemory<byte> bytes, string? source = null) =>
        new(NormalizeDestination(destination), source, null, bytes, ImmutableDictionary<string, object>.Empty);

    public string Text => _text ?? Encoding.UTF8.GetString(Content.Span);

    public ReadOnlyMemory<byte> Bytes => _text is null ? Content : Encoding.UTF8.GetBytes(_text);

    /// <summary>The same document without its content (see <see cref="IsReleased"/>).</summary>
    public Document Release() => new(Destination, Source, null, default, Metadata, released: true);

    public Document WithText(string text) => new(Destination, Source, text, default, Metadata);

    public Document WithBytes(ReadOnlyMemory<byte> bytes) => new(Destination, Source, null, bytes, Metadata);

    /// <summary>
    /// Bytes in an array from <see cref="RentedBytes.Rent"/>. Writing the document gives the array back,
    /// so nothing may keep the bytes past <see cref="Modules.WriteAndRelease{TModel}"/>.
    /// </summary>
    public Document WithRentedBytes(byte[] array, int length) =>
        new(Destination, Source, null, array.AsMemory(0, length), Metadata, rented: RentedBytes.Of(array));

    public Document WithDestination(string destination) =>
        new(NormalizeDestination(destination), Source, _text, _bytes, Metadata, IsReleased, _rented);

    public Document With(string key, object value) => new(Destination, Source, _text, _bytes, Metadata.SetItem(key, value), IsReleased, _rented);

    public T? Get<T>(string key) => Metadata.TryGetValue(key, out var v) && v is T t ? t : default;

    public override string ToString() => Destination;

    /// <summary>Gives a rented array back to the pool (once, whichever document made from it asks).</summary>
    internal void ReturnRented() => _rented?.Return();

    private ReadOnlyMemory<byte> Content => IsReleased
        ? throw new InvalidOperationException($"The content of '{Destination}' was written to the output and released; read the file instead.")
        : _bytes;

    private static string NormalizeDestination(string destination)
    {
        var d = destination.Replace('\\', '/').TrimStart('/');
        if (d.Length == 0 || d.EndsWith('/'))
        {
            d += "index.html";
        }

        return d;
    }
}
