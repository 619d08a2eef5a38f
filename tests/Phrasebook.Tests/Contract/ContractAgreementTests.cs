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

        var disagreements = new List<string>();
        int both = 0, neither = 0, lenient = 0, rules = 0;
        foreach (var (file, path, shape, value) in cases)
        {
            var schemaRefuses = schema[file].Count > 0;
            var codes = reader[file].Select(d => d.Code).Distinct().ToList();
            var readerRefuses = codes.Count > 0;
            var what = $"{file}: {path} as {shape}: schema {(schemaRefuses ? string.Join("; ", schema[file]) : "accepts")}; reader {(readerRefuses ? string.Join("; ", reader[file]) : "accepts")}";
            if (schemaRefuses == readerRefuses)
            {
                _ = schemaRefuses ? both++ : neither++;
            }
            else if (readerRefuses && codes.All(RulesBeyondTheSchema.Contains))
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

        output.WriteLine($"{schemaFile}: {cases.Count} wrong shapes of {paths.Count} fields: {both} refused by both, {neither} accepted by both, {rules} refused by a rule beyond the schema, {lenient} read leniently by the build");
        Assert.True(disagreements.Count == 0, string.Join("\n", disagreements));
        return cases.Count;
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
