using System.Text.Json.Nodes;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Tests.Schemas;
using Xunit.Abstractions;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// The schemas and the reader agree both ways on values of the wrong shape: every field of a generated term
/// gets a text, a number, true, a list, a mapping, an empty mapping, an empty list and an empty value in turn.
/// A file the schema accepts is read without error, and a file the reader refuses is refused by the schema,
/// except where docs/content-model.md ("How values are read") says why.
/// </summary>
public sealed class ContractAgreementTests(ITestOutputHelper output)
{
    private static readonly (string Name, Func<JsonNode?> Value)[] Shapes =
    [
        ("a text", () => "Zz tekst"),
        ("a number", () => 7),
        ("true", () => true),
        ("a list", () => new JsonArray("Zz tekst")),
        ("a mapping", () => new JsonObject { ["zz"] = "Zz tekst" }),
        ("an empty mapping", () => new JsonObject()),
        ("an empty list", () => new JsonArray()),
        ("an empty value", () => null),
    ];

    /// <summary>
    /// Rules the schemas cannot express, all in docs/content-model.md: the site's languages, the default
    /// language, ids that exist, codes unique in the site (every mutant writes the same wrong value).
    /// </summary>
    private static readonly HashSet<string> RulesBeyondTheSchema = ["PB003", "PB006", "PB007", "PB009", "PB015", "PB026"];

    [Fact]
    public void The_schemas_and_the_reader_agree_on_every_wrong_shape_of_every_term_field()
    {
        using var site = new ContractSite(ContractSite.Variants.Keys.First(), everyForm: true);
        var starts = ContractSite.Variants.Values.Take(2).ToList();
        var count = Agree(site, "term.schema.json", (n, k) => site.Term(starts[k], $"mutant-{n}", $"M{n}X").Raw, starts.Count, (n, raw) =>
        {
            var file = $"input/industries/contract/mutant-{n}.yml";
            site.Site.Write(file, YamlWriter.Write(raw, flow: false));
            return file;
        });
        Assert.True(count > 400, $"only {count} cases");
    }

    /// <summary>
    /// The same for an industry's industry.yml and for the front matter of processes and pages: each wrong
    /// shape in a file of its own (an industry folder, a process or a page), in the same site.
    /// </summary>
    [Theory]
    [InlineData("industry.schema.json")]
    [InlineData("process.schema.json")]
    [InlineData("page.schema.json")]
    public void The_schemas_and_the_reader_agree_on_every_wrong_shape_of_every_field_of(string schema)
    {
        using var site = new ContractSite(ContractSite.Variants.Keys.First(), everyForm: true);
        var starts = ContractSite.Variants.Values.Take(2).ToList();
        var kind = schema.Split('.')[0];
        var count = Agree(site, schema, (n, k) => site.Object(schema, "", starts[k], new DocumentContext($"mutant-{n}", $"M{n}X", ContractSite.Languages)).Raw, starts.Count, (n, raw) =>
        {
            if (kind == "industry")
            {
                raw["id"] = $"mutant-{n}";
                var yml = $"input/industries/mutant-{n}/industry.yml";
                site.Site.Write(yml, YamlWriter.Write(raw, flow: false));
                return yml;
            }

            var file = $"input/{kind}{(kind == "process" ? "es" : "s")}/mutant-{n}.nb.md";
            site.Site.Write(file, $"---\n{YamlWriter.Write(raw, flow: false)}---\nTekst.\n");
            return file;
        });
        Assert.True(count >= 8, $"only {count} cases");
    }

    /// <summary>
    /// The same for roles.yml, a list in one file: the wrong shapes are appended to the site's roles as
    /// roles of their own, and each verdict is taken from the item (schema: its pointer; reader: its lines).
    /// </summary>
    [Fact]
    public void The_schemas_and_the_reader_agree_on_every_wrong_shape_of_every_role_field()
    {
        using var site = new ContractSite(ContractSite.Variants.Keys.First(), everyForm: true);
        var starts = ContractSite.Variants.Values.Take(2).ToList();
        var file = Path.Combine(site.Site.Root, "input/roles.yml");
        var text = File.ReadAllText(file);
        var before = Items(text).Count;
        var paths = site.Coverage.Keys.Where(k => k.StartsWith("roles.schema.json#", StringComparison.Ordinal)).Select(k => k["roles.schema.json#".Length..]).ToList();
        var cases = new List<(string Path, string Shape, JsonNode? Value)>();
        var mutants = new JsonArray();
        var n = 0;
        foreach (var (path, start) in paths.SelectMany(p => starts.Select(s => (p, s))))
        {
            foreach (var (shape, value) in Shapes)
            {
                var raw = site.Object("roles.schema.json", "/items", start, new DocumentContext($"mutant-{++n}", $"M{n}X", ContractSite.Languages)).Raw;
                if (SetAt(raw, path, value()))
                {
                    mutants.Add(raw);
                    cases.Add((path, shape, value()));
                }
            }
        }

        File.WriteAllText(file, text + YamlWriter.Write(mutants, flow: false));
        var starts2 = Items(File.ReadAllText(file));
        Assert.Equal(before + cases.Count, starts2.Count);
        var schema = SchemaValidator.Validate(site.Site.Root, ["input/roles.yml"])["input/roles.yml"];
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Site.Root, diagnostics, 1);
        var reader = diagnostics.ToSortedList().Where(d => d.IsError && d.Location.Path == "input/roles.yml").ToList();
        int ItemAt(int line) => starts2.FindLastIndex(l => l <= line);

        Assert.DoesNotContain(schema, e => ItemOf(e.Pointer) < before);
        Assert.DoesNotContain(reader, d => ItemAt(d.Location.Line) < before);
        var verdicts = cases.Select((c, i) => (c.Path, c.Shape, c.Value, Schema: schema.Where(e => ItemOf(e.Pointer) == before + i).Select(e => e.ToString()).ToList(), Reader: reader.Where(d => ItemAt(d.Location.Line) == before + i).ToList()));
        Judge("roles.schema.json", paths.Count, verdicts.Select(v => ($"roles.yml item {v.Path}", v.Path, v.Shape, v.Value, v.Schema, v.Reader)).ToList());
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
    }

    /// <summary>
    /// The same for statiq.json: each wrong shape of each of its fields in a folder of its own, read by the
    /// settings reader and checked by the schema in one run.
    /// </summary>
    [Fact]
    public void The_schemas_and_the_reader_agree_on_every_wrong_shape_of_every_settings_field()
    {
        using var site = new ContractSite(ContractSite.Variants.Keys.First(), everyForm: false);
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(site.Site.Root, "statiq.json")))!.AsObject();
        // Every property the schema lists, those the generated site leaves out too (set on a copy of its settings).
        var described = JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaValidator.SchemasFolder, "statiq.schema.json")))!["properties"]!.AsObject().Select(p => p.Key);
        var paths = described.Concat(site.Coverage.Keys.Where(k => k.StartsWith("statiq.schema.json#", StringComparison.Ordinal)).Select(k => k["statiq.schema.json#".Length..])).Distinct().ToList();
        var cases = new List<(string File, string Path, string Shape, JsonNode? Value)>();
        var n = 0;
        foreach (var path in paths)
        {
            foreach (var (shape, value) in Shapes)
            {
                var raw = settings.DeepClone().AsObject();
                if (!path.Contains('.', StringComparison.Ordinal) && !raw.ContainsKey(path))
                {
                    raw[path] = null;
                }

                if (SetAt(raw, path, value()))
                {
                    var folder = Path.Combine(site.Site.Root, "mutants", $"m{++n}");
                    Directory.CreateDirectory(folder);
                    File.WriteAllText(Path.Combine(folder, "statiq.json"), raw.ToJsonString());
                    cases.Add((folder, path, shape, value()));
                }
            }
        }

        var schema = SchemaValidator.ValidateAs(cases.Select(c => Path.Combine(c.File, "statiq.json")), "statiq.schema.json", "json");
        var verdicts = cases.Select((c, i) =>
        {
            var diagnostics = new DiagnosticBag();
            Phrasebook.Content.Reading.SettingsReader.Read(c.File, diagnostics);
            return ($"statiq.json {c.Path}", c.Path, c.Shape, c.Value, schema[i].Select(e => e.ToString()).ToList(), diagnostics.SortedErrors().ToList());
        }).ToList();
        Judge("statiq.schema.json", paths.Count, verdicts);
        Assert.True(cases.Count >= 40, $"only {cases.Count} cases");
    }

    // statiq.json's texts report a missing default language as PB201 (settings), not PB003.
    private static bool BeyondTheSchema(Diagnostic d) =>
        RulesBeyondTheSchema.Contains(d.Code) || (d.Code == "PB201" && d.Message.Contains("in the default language", StringComparison.Ordinal));

    private static int ItemOf(string pointer) => int.Parse(pointer.Split('/', StringSplitOptions.RemoveEmptyEntries)[0], System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>The lines (1-based) where the items of a block-style top-level list start.</summary>
    private static List<int> Items(string text) =>
        [.. text.Split('\n').Select((l, i) => (l, i)).Where(x => x.l.StartsWith("- ", StringComparison.Ordinal)).Select(x => x.i + 1)];

    /// <summary>
    /// Writes each field of <paramref name="schemaFile"/> (as the generator met it) in each wrong shape into a
    /// file of its own, then checks the schema's and the reader's verdicts on each file. Returns the cases.
    /// </summary>
    private int Agree(ContractSite site, string schemaFile, Func<int, int, JsonObject> make, int starts, Func<int, JsonObject, string> write)
    {
        var prefix = schemaFile + "#";
        var paths = site.Coverage.Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Select(k => k[prefix.Length..]).ToList();
        var cases = new List<(string File, string Path, string Shape, JsonNode? Value)>();
        var n = 0;
        foreach (var (path, start) in paths.SelectMany(p => Enumerable.Range(0, starts).Select(s => (p, s))))
        {
            foreach (var (shape, value) in Shapes)
            {
                var raw = make(++n, start);
                if (!SetAt(raw, path, value()))
                {
                    continue;
                }

                cases.Add((write(n, raw), path, shape, value()));
            }
        }

        var schema = SchemaValidator.Validate(site.Site.Root, cases.Select(c => c.File));
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Site.Root, diagnostics, 1);
        var reader = diagnostics.ToSortedList().Where(d => d.IsError).ToLookup(d => d.Location.Path);

        Judge(schemaFile, paths.Count, [.. cases.Select(c => ($"{c.File}: {c.Path}", c.Path, c.Shape, c.Value, schema[c.File].Select(e => e.ToString()).ToList(), reader[c.File].ToList()))]);
        return cases.Count;
    }

    /// <summary>Each case's two verdicts must agree, or differ for a documented reason (docs/content-model.md, "How values are read").</summary>
    private void Judge(string schemaFile, int fields, List<(string What, string Path, string Shape, JsonNode? Value, List<string> Schema, List<Diagnostic> Reader)> cases)
    {
        var disagreements = new List<string>();
        int both = 0, neither = 0, lenient = 0, rules = 0;
        foreach (var (where, path, shape, value, schema, reader) in cases)
        {
            var schemaRefuses = schema.Count > 0;
            var codes = reader.Select(d => d.Code).Distinct().ToList();
            var readerRefuses = codes.Count > 0;
            var what = $"{where} as {shape}: schema {(schemaRefuses ? string.Join("; ", schema) : "accepts")}; reader {(readerRefuses ? string.Join("; ", reader) : "accepts")}";
            if (schemaRefuses == readerRefuses)
            {
                _ = schemaRefuses ? both++ : neither++;
            }
            else if (readerRefuses && reader.All(BeyondTheSchema))
            {
                rules++;
            }
            else if (schemaRefuses && (value is null || value is JsonValue v && !v.TryGetValue<string>(out _)))
            {
                // Documented: an empty value is read as the key left out; a number or true/false where a text belongs is read as its text.
                lenient++;
            }
            else
            {
                disagreements.Add(what);
            }
        }

        output.WriteLine($"{schemaFile}: {cases.Count} wrong shapes of {fields} fields: {both} refused by both, {neither} accepted by both, {rules} refused by a rule beyond the schema, {lenient} read leniently by the build");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
    }

    /// <summary>Sets the value at a generated field path ("invoice.codes[]", "roles.finance.explanation"); false when the path is not in the document.</summary>
    private static bool SetAt(JsonObject root, string path, JsonNode? value)
    {
        JsonNode? node = root;
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length; i++)
        {
            var last = i == parts.Length - 1;
            var isItem = parts[i].EndsWith("[]", StringComparison.Ordinal);
            var key = isItem ? parts[i][..^2] : parts[i];
            if (node is not JsonObject o || !o.ContainsKey(key))
            {
                return false;
            }

            if (last && !isItem)
            {
                o[key] = value;
                return true;
            }

            node = o[key];
            if (isItem)
            {
                if (node is not JsonArray { Count: > 0 } a)
                {
                    return false;
                }

                if (last)
                {
                    a[0] = value;
                    return true;
                }

                node = a[0];
            }
        }

        return false;
    }
}
