using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Links;

namespace Phrasebook.BuildCache;

/// <summary>The link facts and diagnostics sections of the cache file, and the encoding of its values.</summary>
public static partial class BuildStateFile
{
    /// <summary>The file's bytes, kept for the link facts until they are read, and let go then (tens of megabytes at 10,000 terms).</summary>
    private sealed class LinkSection(byte[] bytes, int at)
    {
        private byte[]? _bytes = bytes;

        public IReadOnlyDictionary<string, LinkFacts> Read()
        {
            var bytes = _bytes ?? throw new InvalidOperationException("The link facts were read already.");
            _bytes = null;
            return ReadLinks(new BinaryReader(new MemoryStream(bytes, at, bytes.Length - at, writable: false)));
        }
    }

    /// <summary>URLs repeat across pages (the menu, a term linked from many pages): each is written once and named by its number.</summary>
    /// <remarks>
    /// Millions of URLs at 10,000 terms, but few string instances: a page's URLs come from the render's pool or from the
    /// last cache's table. So a URL is looked up by instance first, and its characters are hashed once per instance.
    /// </remarks>
    private static void WriteLinks(BinaryWriter w, IReadOnlyDictionary<string, LinkFacts> links)
    {
        // By text alone: a table by string instance in front of it cost more than it saved, as most of the URLs' first
        // identity hash codes go through the runtime's slow path (0.3 s of a 10,000-term build's cache write).
        var byText = new Dictionary<string, int>(StringComparer.Ordinal);
        var table = new List<string>();
        var pages = links.OrderBy(p => p.Key, StringComparer.Ordinal).ToArray();
        var numbers = new List<int>();
        foreach (var (_, facts) in pages)
        {
            foreach (var url in facts.Urls)
            {
                ref var number = ref CollectionsMarshal.GetValueRefOrAddDefault(byText, url, out var met);
                if (!met)
                {
                    number = table.Count;
                    table.Add(url);
                }

                numbers.Add(number);
            }
        }

        w.Write(table.Count);
        table.ForEach(w.Write);
        w.Write(pages.Length);
        var next = 0;
        foreach (var (page, facts) in pages)
        {
            w.Write(page);
            w.Write(facts.IdHashes.Length);
            w.Write(MemoryMarshal.AsBytes(facts.IdHashes));
            w.Write(facts.Urls.Length);
            w.Write(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(numbers).Slice(next, facts.Urls.Length)));
            next += facts.Urls.Length;
        }
    }

    private static IReadOnlyDictionary<string, LinkFacts> ReadLinks(BinaryReader r)
    {
        var table = new string[Count(r)];
        for (var i = 0; i < table.Length; i++)
        {
            table[i] = r.ReadString();
        }

        var count = Count(r);
        var links = new Dictionary<string, LinkFacts>(count, StringComparer.Ordinal);
        var numbers = new int[256];
        for (var i = 0; i < count; i++)
        {
            var page = r.ReadString();
            var ids = new ulong[Count(r)];
            if (r.Read(MemoryMarshal.AsBytes(ids.AsSpan())) != ids.Length * sizeof(ulong))
            {
                throw new EndOfStreamException();
            }

            var urls = new string[Count(r)];
            if (numbers.Length < urls.Length)
            {
                numbers = new int[urls.Length * 2];
            }

            var read = numbers.AsSpan(0, urls.Length);
            if (r.Read(MemoryMarshal.AsBytes(read)) != read.Length * sizeof(int))
            {
                throw new EndOfStreamException();
            }

            for (var j = 0; j < urls.Length; j++)
            {
                urls[j] = table[read[j]];
            }

            links[page] = LinkFacts.FromCache(ids, ImmutableCollectionsMarshal.AsImmutableArray(urls));
        }

        return links;
    }

    /// <summary>The diagnostics, with their length in bytes first, so that a reader can step over them.</summary>
    private static void WriteDiagnostics(BinaryWriter w, ImmutableArray<Diagnostic> diagnostics)
    {
        // Written in place and its length set after: built in memory first, the block (tens of megabytes at 10,000
        // terms) grew on the large object heap.
        var stream = w.BaseStream;
        var lengthAt = stream.Position;
        w.Write(0);
        w.Write(diagnostics.Length);
        foreach (var d in diagnostics)
        {
            w.Write((byte)d.Severity);
            w.Write(d.Code);
            Write(w, d.Location);
            w.Write(d.Message);
            WriteNullable(w, d.Hint);
            w.Write(d.Cause is not null);
            if (d.Cause is { } cause)
            {
                Write(w, cause);
            }
        }

        var end = stream.Position;
        stream.Position = lengthAt;
        w.Write(checked((int)(end - lengthAt - sizeof(int))));
        stream.Position = end;
    }

    /// <summary>The diagnostics' bytes, copied out of the file's and decoded when they are replayed.</summary>
    private static Lazy<ImmutableArray<Diagnostic>> DiagnosticSection(BinaryReader r, byte[] bytes)
    {
        var length = Count(r);
        var at = (int)r.BaseStream.Position;
        if (at + length > bytes.Length)
        {
            throw new EndOfStreamException();
        }

        var block = bytes.AsSpan(at, length).ToArray();
        r.BaseStream.Position = at + length;
        return new Lazy<ImmutableArray<Diagnostic>>(() => ReadDiagnostics(new BinaryReader(new MemoryStream(block, writable: false))));
    }

    private static ImmutableArray<Diagnostic> ReadDiagnostics(BinaryReader r)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>(Count(r));
        for (var i = diagnostics.Capacity; i > 0; i--)
        {
            var severity = (Severity)r.ReadByte();
            var code = r.ReadString();
            var location = ReadLocation(r);
            var message = r.ReadString();
            var hint = ReadNullable(r);
            var cause = r.ReadBoolean() ? ReadLocation(r) : (SourceLocation?)null;
            diagnostics.Add(new Diagnostic(severity, code, location, message, hint, cause));
        }

        return diagnostics.MoveToImmutable();
    }

    private static int Count(BinaryReader r)
    {
        var n = r.ReadInt32();
        return n >= 0 && n <= r.BaseStream.Length ? n : throw new InvalidDataException("A count larger than the file.");
    }

    /// <summary>A 128-bit hash as two longs, high half first (<see cref="RoleTextFile"/> writes its hashes so too).</summary>
    internal static void Write(BinaryWriter w, UInt128 hash)
    {
        w.Write((ulong)(hash >> 64));
        w.Write((ulong)hash);
    }

    internal static UInt128 ReadHash(BinaryReader r) => new(r.ReadUInt64(), r.ReadUInt64());

    private static void Write(BinaryWriter w, SourceLocation location)
    {
        w.Write(location.Path);
        w.Write(location.Line);
        w.Write(location.Column);
    }

    private static SourceLocation ReadLocation(BinaryReader r) => new(r.ReadString(), r.ReadInt32(), r.ReadInt32());

    private static void WriteNullable(BinaryWriter w, string? value)
    {
        w.Write(value is not null);
        if (value is not null)
        {
            w.Write(value);
        }
    }

    private static string? ReadNullable(BinaryReader r) => r.ReadBoolean() ? r.ReadString() : null;
}
