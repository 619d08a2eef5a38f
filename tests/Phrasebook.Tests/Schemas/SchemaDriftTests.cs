using System.Text.Json.Nodes;
using Phrasebook.Content.Reading;
using Phrasebook.Industries.Reading;
using Phrasebook.Roles.Reading;

namespace Phrasebook.Tests.Schemas;

/// <summary>
/// The schemas and the C# readers cannot drift apart silently: each schema object lists exactly the keys
/// its reader accepts, rejects any other key (so a typo squiggles), and explains every key to the editor.
/// </summary>
public sealed class SchemaDriftTests
{
    public static TheoryData<string, string, string[]> Objects() => new()
    {
        { "term.schema.json", "/definitions/term", TermReader.Keys },
        { "term.schema.json", "/definitions/term/properties/invoice", TermReader.InvoiceKeys },
        { "term.schema.json", "/definitions/term/properties/roles/additionalProperties/anyOf/1", TermReader.LongRoleKeys },
        { "term.schema.json", "/definitions/term/properties/changes/items", TermReader.ChangeKeys },
        { "term.schema.json", "/then", [TermReader.ListKey] },
        { "roles.schema.json", "/items", RoleReader.Keys },
        { "industry.schema.json", "", IndustryReader.Keys },
        { "process.schema.json", "", MarkdownSourceReader.ProcessKeys },
        { "page.schema.json", "", MarkdownSourceReader.PageKeys },
        { "statiq.schema.json", "", SettingsReader.Keys },
    };

    [Theory]
    [MemberData(nameof(Objects))]
    public void A_schema_object_lists_exactly_the_keys_its_reader_accepts(string schema, string pointer, string[] readerKeys)
    {
        var node = At(Load(schema), pointer);
        var keys = node["properties"]!.AsObject().Select(p => p.Key).Order(StringComparer.Ordinal);
        Assert.Equal(readerKeys.Order(StringComparer.Ordinal), keys);
        Assert.False(node["additionalProperties"]!.GetValue<bool>(), $"{schema}#{pointer} must set additionalProperties: false, so a misspelt key is marked");
    }

    [Fact]
    public void Every_object_with_properties_rejects_other_keys_and_describes_each_key()
    {
        var problems = new List<string>();
        foreach (var file in SchemaFiles())
        {
            Walk(Load(file), file + "#", problems);
        }

        Assert.Empty(problems);
    }

    [Fact]
    public void Definitions_with_the_same_name_are_identical_in_every_schema()
    {
        var seen = new Dictionary<string, (string File, string Json)>();
        foreach (var file in SchemaFiles())
        {
            Assert.Equal("http://json-schema.org/draft-07/schema#", Load(file)["$schema"]!.GetValue<string>());
            foreach (var (name, definition) in Load(file)["definitions"]?.AsObject() ?? [])
            {
                var json = definition!.ToJsonString();
                if (seen.TryGetValue(name, out var first))
                {
                    Assert.True(first.Json == json, $"definition '{name}' differs between {first.File} and {file}");
                }
                else
                {
                    seen[name] = (file, json);
                }
            }
        }

        Assert.Contains("localizedText", seen.Keys);
    }

    private static void Walk(JsonNode? node, string where, List<string> problems)
    {
        switch (node)
        {
            case JsonObject o:
                if (o["properties"] is JsonObject properties)
                {
                    if (o["additionalProperties"] is not JsonValue v || v.GetValue<bool>())
                    {
                        problems.Add($"{where}: additionalProperties is not false");
                    }

                    problems.AddRange(properties.Where(p => p.Value?["description"] is null).Select(p => $"{where}/properties/{p.Key}: no description"));
                }

                foreach (var (key, child) in o)
                {
                    // Conditions (`if`, `dependencies`) only test values; their keys are described where they are defined.
                    if (key is not ("if" or "dependencies"))
                    {
                        Walk(child, $"{where}/{key}", problems);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    Walk(a[i], $"{where}/{i}", problems);
                }

                break;
        }
    }

    private static JsonNode At(JsonNode root, string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate(root, (node, part) =>
            (node is JsonArray a ? a[int.Parse(part, System.Globalization.CultureInfo.InvariantCulture)] : node[part]) ?? throw new InvalidOperationException($"no {pointer}"));

    private static IEnumerable<string> SchemaFiles() =>
        Directory.GetFiles(SchemaValidator.SchemasFolder, "*.schema.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!;

    private static JsonNode Load(string file) => JsonNode.Parse(File.ReadAllText(Path.Combine(SchemaValidator.SchemasFolder, file)))!;
}
