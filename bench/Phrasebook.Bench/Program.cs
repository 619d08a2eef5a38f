using System.Diagnostics;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Lunr.Index;
using Phrasebook.Search;
using Phrasebook.Search.Files;

// The C# half of the search-index benchmark (bench/run.sh runs the lunr.js half with the same
// documents): for each site language it writes the search documents as lunr.js jobs, builds the
// index in C# `runs` times after one warm-up, and prints the median build time.
//
//   dotnet Phrasebook.Bench.dll <site-root> <out-dir> [runs]
if (args.Length < 2)
{
    Console.Error.WriteLine("usage: Phrasebook.Bench <site-root> <out-dir> [runs]");
    return 2;
}

var (root, outDir) = (Path.GetFullPath(args[0]), Path.GetFullPath(args[1]));
var runs = args.Length > 2 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 5;
Directory.CreateDirectory(outDir);
var diagnostics = new DiagnosticBag();
var content = ContentLoader.Load(root, diagnostics, Environment.ProcessorCount);
if (content is null || diagnostics.HasErrors)
{
    Console.Error.WriteLine($"{root}: the site has errors; run `phrasebook check` on it.");
    return 1;
}

var site = new SiteIndex(content);
foreach (var lang in content.Settings.Languages)
{
    var language = SearchLanguage.For(lang);
    var entries = SearchEntries.For(site, lang).ToList();
    foreach (var (kind, fields, documents) in new[]
    {
        ("words", SearchFields.Names, BuildSearchIndex.Documents(lang, entries).ToList()),
        ("text", SearchFields.Text, BuildSearchIndex.TextDocuments(entries).ToList()),
    })
    {
        var name = $"{lang}-{kind}";
        WriteJob(Path.Combine(outDir, $"job-{name}.json"), language.Code, fields, documents);

        string Build()
        {
            var builder = new LunrIndexBuilder(language, fields, "ref");
            documents.ForEach(d => builder.Add(d.Ref, d.Values));
            return builder.ToJson();
        }

        File.WriteAllText(Path.Combine(outDir, $"csharp-{name}.json"), Build());
        var times = Enumerable.Range(0, runs).Select(_ =>
        {
            var watch = Stopwatch.StartNew();
            Build();
            return watch.Elapsed.TotalMilliseconds;
        }).Order().ToList();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name} {documents.Count} {times[times.Count / 2]:0.0}"));
    }
}

return 0;

static void WriteJob(string path, string lang, LunrField[] fields, List<(string Ref, Dictionary<string, LunrValue> Values)> documents)
{
    using var stream = File.Create(path);
    using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    json.WriteStartObject();
    json.WriteString("lang", lang);
    json.WriteString("ref", "ref");
    json.WriteStartArray("fields");
    foreach (var field in fields)
    {
        json.WriteStartObject();
        json.WriteString("name", field.Name);
        json.WriteNumber("boost", field.Boost);
        json.WriteEndObject();
    }

    json.WriteEndArray();
    json.WriteStartArray("docs");
    foreach (var (reference, values) in documents)
    {
        json.WriteStartObject();
        json.WriteStartObject("doc");
        json.WriteString("ref", reference);
        foreach (var (name, value) in values)
        {
            json.WriteString(name, value.JoinedText);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    json.WriteEndArray();
    json.WriteEndObject();
}
