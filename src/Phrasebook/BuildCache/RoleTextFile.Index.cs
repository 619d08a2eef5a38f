using System.IO.Hashing;
using System.Text;

namespace Phrasebook.BuildCache;

/// <summary>The index of texts.bin: written after the texts, read whole before any text is.</summary>
public sealed partial class RoleTextFile
{
    /// <summary>The index: the names (languages, roles, terms) once each, then every entry naming them by number.</summary>
    private void WriteIndex(List<((string Lang, string Role, string Term) Key, Entry Entry)> entries)
    {
        // Sorted: the same texts make the same file, whichever thread made each first.
        entries.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Key.Lang, b.Key.Lang);
            c = c != 0 ? c : string.CompareOrdinal(a.Key.Role, b.Key.Role);
            return c != 0 ? c : string.CompareOrdinal(a.Key.Term, b.Key.Term);
        });
        var numbers = new Dictionary<string, int>(StringComparer.Ordinal);
        var names = new List<string>();
        int Number(string name)
        {
            if (!numbers.TryGetValue(name, out var n))
            {
                numbers[name] = n = names.Count;
                names.Add(name);
            }

            return n;
        }

        var rows = entries.Select(e => (Lang: Number(e.Key.Lang), Role: Number(e.Key.Role), Term: Number(e.Key.Term), Linked: e.Entry.Linked.Select(Number).ToArray(), e.Entry)).ToList();
        var index = new MemoryStream();
        using (var w = new BinaryWriter(index, Encoding.UTF8, leaveOpen: true))
        {
            w.Write(names.Count);
            names.ForEach(w.Write);
            w.Write(rows.Count);
            foreach (var row in rows)
            {
                w.Write(row.Lang);
                w.Write(row.Role);
                w.Write(row.Term);
                BuildStateFile.Write(w, row.Entry.Source);
                w.Write(row.Linked.Length);
                Array.ForEach(row.Linked, w.Write);
                w.Write(row.Entry.At);
                w.Write(row.Entry.Length);
                w.Write(row.Entry.Hash);
            }
        }

        var at = _written;
        index.Position = 0;
        index.CopyTo(_stream!);
        using var footer = new BinaryWriter(_stream!, Encoding.UTF8, leaveOpen: true);
        footer.Write(at);
        footer.Write(XxHash128.Hash(index.GetBuffer().AsSpan(0, (int)index.Length)));
    }

    private static FileStream? Open(string path)
    {
        try
        {
            return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>The usable entries of the file, or null when it is damaged, of another format or of another build.</summary>
    private static Dictionary<(string, string, string), Entry>? Index(FileStream file, long stamp, IReadOnlySet<string> editedTerms)
    {
        try
        {
            var length = file.Length;
            if (length < HeaderLength + sizeof(int) + FooterLength)
            {
                return null;
            }

            var r = new BinaryReader(file, Encoding.UTF8, leaveOpen: true);
            if (!r.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || r.ReadInt32() != Format || r.ReadInt64() != stamp)
            {
                return null;
            }

            file.Position = length - FooterLength;
            var at = r.ReadInt64();
            var expected = r.ReadBytes(16);
            if (at < HeaderLength || at > length - FooterLength - sizeof(int))
            {
                return null;
            }

            var hash = new XxHash128();
            var chunk = new byte[1 << 16];
            file.Position = at;
            for (var left = length - FooterLength - at; left > 0;)
            {
                var n = file.Read(chunk, 0, (int)Math.Min(chunk.Length, left));
                if (n == 0)
                {
                    return null;
                }

                hash.Append(chunk.AsSpan(0, n));
                left -= n;
            }

            if (!hash.GetCurrentHash().AsSpan().SequenceEqual(expected))
            {
                return null;
            }

            file.Position = at;
            var names = new string[r.ReadInt32()];
            var edited = new bool[names.Length];
            for (var i = 0; i < names.Length; i++)
            {
                names[i] = r.ReadString();
                edited[i] = editedTerms.Contains(names[i]);
            }

            var count = r.ReadInt32();
            var entries = new Dictionary<(string, string, string), Entry>(Math.Min(count, 1 << 20));
            for (var i = 0; i < count; i++)
            {
                var key = (names[r.ReadInt32()], names[r.ReadInt32()], names[r.ReadInt32()]);
                var source = BuildStateFile.ReadHash(r);
                var linked = new string[r.ReadInt32()];
                var current = true;
                for (var j = 0; j < linked.Length; j++)
                {
                    var n = r.ReadInt32();
                    linked[j] = names[n];
                    current &= !edited[n];
                }

                var entry = new Entry(source, linked, r.ReadInt64(), r.ReadInt32(), r.ReadUInt64());
                if (entry.At < HeaderLength || entry.Length < 0 || entry.At + entry.Length > at)
                {
                    return null;
                }

                if (current)
                {
                    entries[key] = entry;
                }
            }

            return entries;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or UnauthorizedAccessException or IndexOutOfRangeException)
        {
            return null;
        }
    }
}
