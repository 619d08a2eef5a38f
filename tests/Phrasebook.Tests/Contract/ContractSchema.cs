using System.Text.Json.Nodes;

namespace Phrasebook.Tests.Contract;

/// <summary>One allowed form of a field: a branch of the schema after $refs, anyOf, type lists and enums are unfolded.</summary>
/// <param name="Definition">The definition the field refers to (localizedText, localizedList, idList, boolean), or null.</param>
internal sealed record Form(string Name, JsonObject Schema, string? Definition);

/// <summary>
/// The one description of the content fields: the JSON Schemas in schemas/. Unfolds a field into the forms
/// the contract allows (text or language map, list or language map of lists, short or long role form ...),
/// so the contract tests are generated from the schemas and a field added there is tested in every form.
/// </summary>
internal sealed class ContractSchema(string file)
{
    public string File { get; } = file;

    public JsonObject Root { get; } = JsonNode.Parse(System.IO.File.ReadAllText(Path.Combine(Repo.Root, "schemas", file)))!.AsObject();

    public JsonObject At(string pointer) =>
        pointer.Split('/', StringSplitOptions.RemoveEmptyEntries).Aggregate((JsonNode)Root, (n, part) => n[part]!).AsObject();

    /// <summary>Follows $ref; returns the schema and the name of the last definition passed.</summary>
    public (JsonObject Schema, string? Definition) Resolve(JsonObject node)
    {
        string? definition = null;
        while (node["$ref"] is JsonValue r)
        {
            var pointer = r.GetValue<string>();
            definition = pointer.Split('/')[^1];
            node = At(pointer.TrimStart('#'));
        }

        return (node, definition);
    }

    /// <summary>Every form a value may take, in the order the schema lists them.</summary>
    public List<Form> Forms(JsonObject node, string? definition = null)
    {
        var (schema, def) = Resolve(node);
        def ??= definition;
        if (schema["anyOf"] is JsonArray anyOf)
        {
            return [.. anyOf.SelectMany(b => Forms(b!.AsObject(), def))];
        }

        if (schema["type"] is JsonArray types)
        {
            return [.. types.Select(t => With(schema, "type", t!.DeepClone())).SelectMany(s => Forms(s, def))];
        }

        if (schema["enum"] is JsonArray values && values.Count > 1)
        {
            return [.. values.Select(v => new Form($"'{v}'", With(With(schema, "enum", new JsonArray(v!.DeepClone())), "type", null), def))];
        }

        return [new Form(NameOf(schema), schema, def)];
    }

    private static string NameOf(JsonObject schema) => schema switch
    {
        _ when schema["enum"] is JsonArray e => $"'{e[0]}'",
        _ when schema["properties"] is not null => "object",
        _ when schema["propertyNames"]?["$ref"]?.GetValue<string>().EndsWith("/language", StringComparison.Ordinal) == true => "language map",
        _ when schema["propertyNames"] is not null => "map by id",
        _ => schema["type"]?.GetValue<string>() switch
        {
            "array" => "list",
            { } t => t,
            null => "any",
        },
    };

    private static JsonObject With(JsonObject schema, string key, JsonNode? value)
    {
        var copy = schema.DeepClone().AsObject();
        copy.Remove(key);
        if (value is not null)
        {
            copy[key] = value;
        }

        return copy;
    }
}
