using System.Collections.Immutable;
using System.IO.Hashing;
using Phrasebook.Incremental;
using Phrasebook.Links;

namespace Phrasebook.BuildCache;

/// <summary>
/// Reads and writes <see cref="BuildState"/> as one binary file. Compact and read in one pass: at 10,000 terms it
/// holds 75,000 outputs and 67,000 pages' links. The link facts come last and are decoded only when asked for,
/// so a build that finds nothing changed reads the rest alone. Written to a temporary file and renamed over the
/// old one, so a reader sees the old state or the new one, never half of one.
/// </summary>
public static partial class BuildStateFile
{
    public const string FileName = "state.bin";

    // Bump when the layout changes: an older file is then "damaged", and the build is cold.
    private const int Format = 4;
    private const int HashLength = 16;
    private static readonly byte[] Magic = "PBCACHE\n"u8.ToArray();

    public const string NoCache = "no build cache yet";

    public static string PathIn(string cacheFolder) => Path.Combine(cacheFolder, FileName);

    /// <summary>The state, or null with the reason there is none to use.</summary>
    public static BuildState? TryRead(string cacheFolder, string tool, out string reason)
    {
        var path = PathIn(cacheFolder);
        if (!File.Exists(path))
        {
            reason = NoCache;
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var reader = new BinaryReader(new MemoryStream(bytes, writable: false));
            if (!Intact(bytes))
            {
                reason = "the build cache is damaged";
                return null;
            }

            if (!reader.ReadBytes(Magic.Length).AsSpan().SequenceEqual(Magic) || reader.ReadInt32() != Format)
            {
                reason = "the build cache is of another format";
                return null;
            }

            var cachedTool = reader.ReadString();
            if (cachedTool != tool)
            {
                reason = "the build cache was made by another version of the tool";
                return null;
            }

            var state = ReadBody(reader, cachedTool, bytes);
            reason = "";
            return state;
        }
        catch (Exception e) when (e is EndOfStreamException or IOException or FormatException or ArgumentException or OverflowException or InvalidDataException)
        {
            reason = "the build cache is damaged";
            return null;
        }
    }

    public static void Write(string cacheFolder, BuildState state)
    {
        Directory.CreateDirectory(cacheFolder);
        var path = PathIn(cacheFolder);
        var temp = $"{path}.{Environment.ProcessId}-{Guid.NewGuid():N}.tmp";
        using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.None, 1 << 16))
        {
            using (var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                writer.Write(Format);
                writer.Write(state.Tool);
                WriteBody(writer, state);
            }

            // The whole file's hash at its end: a file cut short or changed in any byte is found before it is used.
            // Read back in pieces rather than built in memory: the file is tens of megabytes at 10,000 terms.
            stream.Position = 0;
            var hash = new XxHash128();
            hash.Append(stream);
            stream.Write(hash.GetCurrentHash());
        }

        File.Move(temp, path, overwrite: true);
    }

    private static bool Intact(byte[] bytes) =>
        bytes.Length > HashLength && XxHash128.Hash(bytes.AsSpan(0, bytes.Length - HashLength)).AsSpan().SequenceEqual(bytes.AsSpan(bytes.Length - HashLength));

    public static void Delete(string cacheFolder)
    {
        var path = PathIn(cacheFolder);
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static void WriteBody(BinaryWriter w, BuildState s)
    {
        w.Write(s.Root);
        w.Write(s.Output);
        WriteNullable(w, s.OutputOption);
        w.Write(s.ScannedAt);
        w.Write(s.Sources.Length);
        foreach (var f in s.Sources)
        {
            w.Write(f.Path);
            w.Write(f.Size);
            w.Write(f.Modified);
            Write(w, f.Hash);
        }

        WriteNullable(w, s.GitHead);
        w.Write(s.History.Length);
        foreach (var (file, date) in s.History)
        {
            w.Write(file);
            w.Write(date.UtcTicks);
            w.Write((short)date.Offset.TotalMinutes);
        }

        w.Write(s.TermCount);
        w.Write(s.Terms.Length);
        foreach (var t in s.Terms)
        {
            w.Write(t.Id);
            w.Write(t.SourcePath);
            Write(w, t.Identity);
            w.Write(t.Processes.Length);
            foreach (var p in t.Processes)
            {
                w.Write(p);
            }

            w.Write(t.Search.Length);
            foreach (var h in t.Search)
            {
                Write(w, h);
            }

            w.Write(t.Views.Length);
            foreach (var h in t.Views)
            {
                Write(w, h);
            }
        }

        w.Write(s.PermalinksComplete);
        WriteDiagnostics(w, s.Diagnostics.Value);

        w.Write(s.PagesPerLanguage.Length);
        foreach (var (lang, count) in s.PagesPerLanguage)
        {
            w.Write(lang);
            w.Write(count);
        }

        var pipelines = s.Outputs.Select(o => o.Pipeline).Distinct(StringComparer.Ordinal).ToList();
        w.Write(pipelines.Count);
        pipelines.ForEach(w.Write);
        w.Write(s.Outputs.Length);
        foreach (var o in s.Outputs)
        {
            w.Write(o.Path);
            w.Write((byte)pipelines.IndexOf(o.Pipeline));
            w.Write(o.Size);
            w.Write(o.Modified);
        }

        WriteLinks(w, s.Links.Value);
    }

    private static BuildState ReadBody(BinaryReader r, string tool, byte[] bytes)
    {
        var root = r.ReadString();
        var output = r.ReadString();
        var outputOption = ReadNullable(r);
        var scannedAt = r.ReadInt64();
        var sources = ImmutableArray.CreateBuilder<SourceFile>(Count(r));
        for (var i = sources.Capacity; i > 0; i--)
        {
            sources.Add(new SourceFile(r.ReadString(), r.ReadInt64(), r.ReadInt64(), ReadHash(r)));
        }

        var head = ReadNullable(r);
        var history = ImmutableArray.CreateBuilder<KeyValuePair<string, DateTimeOffset>>(Count(r));
        for (var i = history.Capacity; i > 0; i--)
        {
            var file = r.ReadString();
            var ticks = r.ReadInt64();
            var offset = TimeSpan.FromMinutes(r.ReadInt16());
            history.Add(KeyValuePair.Create(file, new DateTimeOffset(ticks + offset.Ticks, offset)));
        }

        var termCount = r.ReadInt32();
        var terms = ImmutableArray.CreateBuilder<TermFacts>(Count(r));
        for (var i = terms.Capacity; i > 0; i--)
        {
            var id = r.ReadString();
            var source = r.ReadString();
            var identity = ReadHash(r);
            var processes = ImmutableArray.CreateBuilder<string>(Count(r));
            for (var j = processes.Capacity; j > 0; j--)
            {
                processes.Add(r.ReadString());
            }

            var search = ImmutableArray.CreateBuilder<UInt128>(Count(r));
            for (var j = search.Capacity; j > 0; j--)
            {
                search.Add(ReadHash(r));
            }

            var views = ImmutableArray.CreateBuilder<UInt128>(Count(r));
            for (var j = views.Capacity; j > 0; j--)
            {
                views.Add(ReadHash(r));
            }

            terms.Add(new TermFacts(id, source, identity, processes.MoveToImmutable(), search.MoveToImmutable(), views.MoveToImmutable()));
        }

        var complete = r.ReadBoolean();
        var diagnostics = DiagnosticSection(r, bytes);

        var perLanguage = ImmutableArray.CreateBuilder<KeyValuePair<string, int>>(Count(r));
        for (var i = perLanguage.Capacity; i > 0; i--)
        {
            perLanguage.Add(KeyValuePair.Create(r.ReadString(), r.ReadInt32()));
        }

        var pipelines = new string[Count(r)];
        for (var i = 0; i < pipelines.Length; i++)
        {
            pipelines[i] = r.ReadString();
        }

        var outputs = ImmutableArray.CreateBuilder<OutputFile>(Count(r));
        for (var i = outputs.Capacity; i > 0; i--)
        {
            outputs.Add(new OutputFile(r.ReadString(), pipelines[r.ReadByte()], r.ReadInt64(), r.ReadInt64()));
        }

        var linksAt = (int)r.BaseStream.Position;
        return new BuildState
        {
            Tool = tool,
            Root = root,
            Output = output,
            OutputOption = outputOption,
            ScannedAt = scannedAt,
            Sources = sources.MoveToImmutable(),
            GitHead = head,
            History = history.MoveToImmutable(),
            TermCount = termCount,
            Terms = terms.MoveToImmutable(),
            PermalinksComplete = complete,
            Diagnostics = diagnostics,
            PagesPerLanguage = perLanguage.MoveToImmutable(),
            Outputs = outputs.MoveToImmutable(),
            Links = new Lazy<IReadOnlyDictionary<string, LinkFacts>>(new LinkSection(bytes, linksAt).Read),
        };
    }
}
