using System.Text.Json.Nodes;
using Phrasebook.Content.Reading;

namespace Phrasebook.Tests.Contract;

/// <summary>Which form each field takes in one generated document: the index into its <see cref="Form"/>s.</summary>
internal delegate int Selector(string path, int forms);

/// <summary>The ids and codes one generated document may use, so documents of one site never collide.</summary>
internal sealed class DocumentContext(string id, string code, string[] languages)
{
    private int _counter;

    public string Id { get; } = id;

    public string Code { get; } = code;

    public string[] Languages { get; } = languages;

    public int Next() => ++_counter;
}

/// <summary>A value written into a file, and what the reader must make of it (the canonical form).</summary>
internal readonly record struct Generated(JsonNode? Raw, JsonNode? Canon, Form Form);

/// <summary>
/// Writes documents from the schemas: every property of an object, each in the form <see cref="Selector"/>
/// picks. Values that must point at something real (ids, codes, dates) come from the small table in
/// <see cref="Sample"/>; a new field whose value the table cannot make fails the tests until it is added.
/// </summary>
internal sealed class ContractGenerator(ContractSchema schema, Selector select, DocumentContext context)
{
    /// <summary>Every field path met while generating, with its number of forms.</summary>
    public SortedDictionary<string, int> Seen { get; } = new(StringComparer.Ordinal);

    /// <summary>The form picked for each field path: what makes a nested field appear at all.</summary>
    public Dictionary<string, int> Choices { get; } = new(StringComparer.Ordinal);

    /// <summary>When set, only these keys of the document's root are written (statiq.json: the fields with forms).</summary>
    public HashSet<string>? RootKeys { get; init; }

    // Codes written as numbers (`codes: [4711]`) are unique in the site like any code.
    private static int s_numericCodes = 100_000;

    public static readonly string[] RoleIds = ["finance", "purchaser"];

    public Generated Value(JsonObject node, string path, string key, bool neverNull = false)
    {
        var forms = schema.Forms(node);
        if (neverNull)
        {
            forms = [.. forms.Where(f => f.Schema["type"]?.GetValue<string>() != "null")];
        }

        Seen[path] = forms.Count;
        var choice = select(path, forms.Count);
        Choices[path] = choice;
        var form = forms[choice];
        var (raw, canon) = Make(form, path, key);
        return new Generated(raw, Canonical(form, forms, raw) ?? canon, form);
    }

    private (JsonNode? Raw, JsonNode? Canon) Make(Form form, string path, string key)
    {
        var s = form.Schema;
        if (s["properties"] is JsonObject properties)
        {
            JsonObject raw = [], canon = [];
            foreach (var (name, child) in properties)
            {
                if (path.Length == 0 && RootKeys is not null && !RootKeys.Contains(name))
                {
                    continue;
                }

                var v = Value(child!.AsObject(), Join(path, name), name);
                raw[name] = v.Raw;
                canon[name] = v.Canon;
            }

            return (raw, canon);
        }

        if (s["propertyNames"] is JsonObject names)
        {
            var byLanguage = names["$ref"]?.GetValue<string>().EndsWith("/language", StringComparison.Ordinal) == true;
            JsonObject raw = [], canon = [];
            foreach (var k in byLanguage ? context.Languages : RoleIds[..1])
            {
                // The default language is required wherever a text is: it never takes the "left empty" form.
                var v = Value(s["additionalProperties"]!.AsObject(), $"{path}.{k}", key, neverNull: byLanguage && k == context.Languages[0]);
                raw[k] = v.Raw;
                canon[k] = byLanguage || v.Form.Schema["properties"] is not null ? v.Canon?.DeepClone() : new JsonObject { ["explanation"] = v.Canon?.DeepClone() };
            }

            return (raw, canon);
        }

        switch (s["type"]?.GetValue<string>())
        {
            case "array":
                JsonArray items = [], canons = [];
                for (var i = 0; i < 2; i++)
                {
                    var v = Value(s["items"]!.AsObject(), path + "[]", key);
                    items.Add(v.Raw);
                    canons.Add(v.Canon);
                }

                return (items, canons);
            case "null":
                return (null, null);
            case "boolean":
                return (JsonValue.Create(false), JsonValue.Create(false));
            case "integer":
                var n = context.Next();
                return (JsonValue.Create(n), JsonValue.Create(n.ToString(System.Globalization.CultureInfo.InvariantCulture)));
            case "number":
                var code = Interlocked.Increment(ref s_numericCodes);
                return (JsonValue.Create(code), JsonValue.Create(code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        if (s["enum"] is JsonArray e)
        {
            return (e[0]!.DeepClone(), e[0]!.DeepClone());
        }

        var text = Sample(key, path, s);
        return (JsonValue.Create(text), JsonValue.Create(text));
    }

    /// <summary>The value for a string field: a real id, code or date where the field needs one, else a text.</summary>
    private string Sample(string key, string path, JsonObject s) => key switch
    {
        "id" => context.Id,
        "related" or "replaced_by" => "contract-base",
        "processes" => "contract-process",
        "redirect_from" => $"{context.Id}-old-{context.Next()}",
        "roles" => "finance",
        "industries" => "contract",
        "codes" => $"{context.Code}{context.Next()}",
        "retired_codes" => $"{context.Code}R{context.Next()}",
        "patterns" => $"{context.Code}P-\\d{{2}}",
        "date" or "since" => $"2026-01-{28 - context.Next():00}",
        "code" when path.Contains("retired_codes", StringComparison.Ordinal) => $"{context.Code}R{context.Next()}",
        _ when s["pattern"] is not null || s["format"] is not null =>
            throw new InvalidOperationException($"{schema.File}: no sample value for '{path}' ({s.ToJsonString()}): add one to ContractGenerator.Sample"),
        _ => $"Tekst {path} {context.Id}",
    };

    /// <summary>What the reader makes of a value of a definition: a text or list always per language, an id list always a list.</summary>
    private JsonNode? Canonical(Form form, List<Form> forms, JsonNode? raw)
    {
        var defaultLanguage = context.Languages[0];
        switch (form.Definition)
        {
            case "localizedText":
                return raw is JsonObject o
                    ? new JsonObject(o.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)Text(p.Value))))
                    : new JsonObject { [defaultLanguage] = Text(raw) };
            case "localizedList":
                return raw is JsonObject m
                    ? new JsonObject(m.Where(p => p.Value is not null).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)List(p.Value))))
                    : new JsonObject { [defaultLanguage] = List(raw) };
            case "idList":
                return List(raw);
            case "boolean":
                return JsonValue.Create(raw is JsonValue v && (v.TryGetValue<bool>(out var b) ? b : FieldReader.TrueWords.Contains(v.GetValue<string>())));
        }

        // A field that takes one value or a list of them (codes, patterns) is read as a list.
        if (forms.Any(f => f.Schema["type"]?.GetValue<string>() == "array") && forms.Any(f => f.Schema["type"]?.GetValue<string>() is "string" or "number"))
        {
            return List(raw);
        }

        return null;
    }

    private static JsonArray List(JsonNode? raw) => raw is JsonArray a ? [.. a.Select(Text)] : [Text(raw)];

    // An item written as a mapping ({code: 4711, since: ...}) is read with its values as texts too.
    private static JsonNode? Text(JsonNode? raw) => raw switch
    {
        JsonValue v => JsonValue.Create(v.ToString()),
        JsonObject o => new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Text(p.Value)))),
        _ => raw?.DeepClone(),
    };

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
}
