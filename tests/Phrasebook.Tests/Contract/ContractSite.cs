using System.Text.Json.Nodes;
using Phrasebook.Content.Model;

namespace Phrasebook.Tests.Contract;

/// <summary>A generated content file: where it is, what it holds, and what the reader must make of it.</summary>
internal sealed record GeneratedFile(string Path, string Kind, string Id, string Language, JsonObject Raw, JsonObject Canon, string What);

/// <summary>
/// Writes a whole site from the schemas alone (nothing copied from the sample but the theme): settings,
/// roles, an industry, terms (one per file and a <c>terms:</c> list), a process and a page, each field in
/// the forms a <see cref="Selector"/> picks; optionally one more document for each field in each of its forms.
/// </summary>
internal sealed class ContractSite : IDisposable
{
    public static readonly string[] Languages = ["nb", "sv", "en"];

    public static readonly Dictionary<string, Selector> Variants = new()
    {
        ["first forms (texts as strings)"] = (_, _) => 0,
        ["last forms (texts as language maps)"] = (_, n) => n - 1,
        ["mixed forms"] = (path, n) => (int)((uint)path.Aggregate(7, (h, c) => unchecked((h * 31) + c)) % (uint)n),
    };

    private int _next;

    public ContractSite(string variant, bool everyForm)
    {
        Site = new TempSite(Directory.CreateTempSubdirectory("phrasebook-contract-").FullName);
        CopyTheme();
        var select = Variants[variant];
        var settings = new JsonObject { ["Languages"] = new JsonArray([.. Languages.Select(l => (JsonNode)l)]), ["Host"] = "hjelp.example.no", ["Theme"] = "default", ["OutputPath"] = "output" };
        var generated = Object("statiq.schema.json", "", select, new DocumentContext("site", "S", Languages));
        foreach (var key in new[] { "SiteTitle", "Contact", "LinksUseHttps" })
        {
            settings[key] = generated.Raw[key]!.DeepClone();
        }

        Site.Write("statiq.json", settings.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
        Files.Add(new GeneratedFile("statiq.json", "settings", "site", "", settings, Pick(generated.Canon, "SiteTitle", "Contact", "LinksUseHttps"), variant));

        var roles = new List<(JsonObject Raw, JsonObject Canon, string What)>();
        foreach (var id in ContractGenerator.RoleIds)
        {
            var r = Object("roles.schema.json", "/items", select, new DocumentContext(id, "R", Languages));
            roles.Add((r.Raw, r.Canon, variant));
        }

        var industry = Object("industry.schema.json", "", select, new DocumentContext("contract", "I", Languages));
        AddYaml("input/industries/contract/industry.yml", "industry", "contract", industry.Raw, industry.Canon, variant, select);
        foreach (var lang in Languages)
        {
            var process = Object("process.schema.json", "", select, new DocumentContext("contract-process", "P", Languages));
            AddMarkdown($"input/processes/contract-process.{lang}.md", "process", "contract-process", lang, process.Raw, process.Canon, variant);
            var page = Object("page.schema.json", "", select, new DocumentContext("about", "G", Languages));
            AddMarkdown($"input/pages/about.{lang}.md", "page", "about", lang, page.Raw, page.Canon, variant);
        }

        // The term every generated term points at (related, replaced_by): current, pointing at nothing.
        var baseTerm = Term((_, _) => 0, "contract-base", "BASE");
        foreach (var key in new[] { "related", "replaced_by", "redirect_from", "status" })
        {
            baseTerm.Raw.Remove(key);
            baseTerm.Canon.Remove(key);
        }

        AddYaml("input/industries/contract/contract-base.yml", "term", "contract-base", baseTerm.Raw, baseTerm.Canon, "base term", select);
        var whole = Term(select, "whole", "W");
        AddYaml("input/industries/contract/whole.yml", "term", "whole", whole.Raw, whole.Canon, variant, select);
        var listed = new[] { Term(select, "listed-one", "LA"), Term(select, "listed-two", "LB") };
        Site.Write("input/industries/contract/listed.yml", YamlWriter.Write(new JsonObject { ["terms"] = new JsonArray([.. listed.Select(t => (JsonNode)t.Raw.DeepClone())]) }, Flow(variant)));
        foreach (var t in listed)
        {
            Files.Add(new GeneratedFile("input/industries/contract/listed.yml", "term", t.Raw["id"]!.GetValue<string>(), "", t.Raw, t.Canon, $"{variant}, in a terms: list"));
        }

        if (everyForm)
        {
            foreach (var (path, form, doc) in EveryForm("term.schema.json", "/definitions/term", (s, id, code) => Term(s, id, code)))
            {
                AddYaml($"input/industries/contract/{doc.Raw["id"]}.yml", "term", doc.Raw["id"]!.GetValue<string>(), doc.Raw, doc.Canon, $"{path} in form {form}", select);
            }

            foreach (var (path, form, doc) in EveryForm("roles.schema.json", "/items", (s, id, code) => Object("roles.schema.json", "/items", s, new DocumentContext(id, code, Languages))))
            {
                roles.Add((doc.Raw, doc.Canon, $"{path} in form {form}"));
            }

            foreach (var (path, form, doc) in EveryForm("industry.schema.json", "", (s, id, code) => Object("industry.schema.json", "", s, new DocumentContext(id, code, Languages))))
            {
                var id = doc.Raw["id"]?.GetValue<string>() ?? throw new InvalidOperationException("industry without id");
                AddYaml($"input/industries/{id}/industry.yml", "industry", id, doc.Raw, doc.Canon, $"{path} in form {form}", select);
            }

            foreach (var kind in new[] { "process", "page" })
            {
                foreach (var (path, form, doc) in EveryForm($"{kind}.schema.json", "", (s, id, code) => Object($"{kind}.schema.json", "", s, new DocumentContext(id, code, Languages))))
                {
                    var id = $"{kind}-{_next}";
                    AddMarkdown($"input/{kind}{(kind == "process" ? "es" : "s")}/{id}.nb.md", kind, id, "nb", doc.Raw, doc.Canon, $"{path} in form {form}");
                }
            }
        }

        Site.Write("input/roles.yml", "# yaml-language-server: $schema=../schemas/roles.schema.json\n" + YamlWriter.Write(new JsonArray([.. roles.Select(r => (JsonNode)r.Raw.DeepClone())]), Flow(variant)));
        Files.AddRange(roles.Select(r => new GeneratedFile("input/roles.yml", "role", r.Raw["id"]!.GetValue<string>(), "", r.Raw, r.Canon, r.What)));
    }

    public TempSite Site { get; }

    public List<GeneratedFile> Files { get; } = [];

    /// <summary>Each field path of an object with its number of forms, over all generated documents.</summary>
    public SortedDictionary<string, (int Forms, Dictionary<string, int> Witness)> Coverage { get; } = new(StringComparer.Ordinal);

    public static JsonObject? ProjectionOf(SiteContent content, GeneratedFile file) => file.Kind switch
    {
        "term" => content.Terms.SingleOrDefault(t => t.Id == file.Id) is { } t ? ModelProjection.Of(t) : null,
        "role" => content.Roles.SingleOrDefault(r => r.Id == file.Id) is { } r ? ModelProjection.Of(r) : null,
        "industry" => content.Industries.SingleOrDefault(i => i.Id == file.Id) is { } i ? ModelProjection.Of(i) : null,
        "process" => content.Processes.SingleOrDefault(p => p.Id == file.Id)?.Languages.GetValueOrDefault(file.Language) is { } p ? ModelProjection.Of(p) : null,
        "page" => content.Pages.SingleOrDefault(p => p.Id == file.Id)?.Languages.GetValueOrDefault(file.Language) is { } g ? ModelProjection.Of(g) : null,
        "settings" => ModelProjection.Of(content.Settings),
        _ => null,
    };

    /// <summary>A term document: every field, with status and replaced_by made to agree (the schema's if/then).</summary>
    public (JsonObject Raw, JsonObject Canon) Term(Selector select, string id, string code)
    {
        var (raw, canon) = Object("term.schema.json", "/definitions/term", select, new DocumentContext(id, code, Languages));
        if (raw.ContainsKey("replaced_by") || raw["status"]?.GetValue<string>() == "deprecated")
        {
            raw["status"] = "deprecated";
            canon["status"] = "deprecated";
            raw["replaced_by"] = "contract-base";
            canon["replaced_by"] = "contract-base";
        }

        return (raw, canon);
    }

    public (JsonObject Raw, JsonObject Canon) Object(string file, string pointer, Selector select, DocumentContext context)
    {
        var schema = new ContractSchema(file);
        var generator = new ContractGenerator(schema, select, context) { RootKeys = file == "statiq.schema.json" ? ["SiteTitle", "Contact", "LinksUseHttps"] : null };
        var value = generator.Value(schema.At(pointer), "", "");
        foreach (var (path, forms) in generator.Seen.Where(p => p.Key.Length > 0))
        {
            Coverage.TryAdd($"{file}#{path}", (forms, generator.Choices));
        }

        return (value.Raw!.AsObject(), value.Canon!.AsObject());
    }

    /// <summary>One document per field and form beyond the first, until every form of every field met is written.</summary>
    private IEnumerable<(string Path, int Form, (JsonObject Raw, JsonObject Canon) Doc)> EveryForm(string file, string pointer, Func<Selector, string, string, (JsonObject Raw, JsonObject Canon)> make)
    {
        var done = new HashSet<string>(StringComparer.Ordinal);
        while (Coverage
            .Where(p => p.Key.StartsWith(file + "#", StringComparison.Ordinal))
            .SelectMany(p => Enumerable.Range(0, p.Value.Forms).Select(k => (Path: p.Key[(file.Length + 1)..], Form: k, p.Value.Witness)))
            .FirstOrDefault(x => x.Witness.GetValueOrDefault(x.Path) != x.Form && !done.Contains($"{x.Path}/{x.Form}")) is { Path: not null } next)
        {
            done.Add($"{next.Path}/{next.Form}");
            var n = ++_next;
            yield return (next.Path, next.Form, make((p, count) => p == next.Path ? next.Form : Math.Min(next.Witness.GetValueOrDefault(p), count - 1), $"{file.Split('.')[0]}-{n}", $"F{n}X"));
        }
    }

    private void AddYaml(string path, string kind, string id, JsonObject raw, JsonObject canon, string what, Selector select)
    {
        var depth = path.Count(c => c == '/');
        var schema = kind == "term" ? "term" : kind;
        Site.Write(path, $"# yaml-language-server: $schema={string.Concat(Enumerable.Repeat("../", depth))}schemas/{schema}.schema.json\n" + YamlWriter.Write(raw, Flow(what)));
        Files.Add(new GeneratedFile(path, kind, id, "", raw, canon, what));
    }

    private void AddMarkdown(string path, string kind, string id, string lang, JsonObject raw, JsonObject canon, string what)
    {
        Site.Write(path, $"---\n# yaml-language-server: $schema=../../schemas/{kind}.schema.json\n{YamlWriter.Write(raw, Flow(what))}---\nTekst om [prosessen](process:contract-process).\n");
        Files.Add(new GeneratedFile(path, kind, id, lang, raw, canon, what));
    }

    private static bool Flow(string what) => what.StartsWith("mixed", StringComparison.Ordinal);

    private static JsonObject Pick(JsonObject o, params string[] keys) => new(keys.Where(o.ContainsKey).Select(k => KeyValuePair.Create(k, o[k]?.DeepClone())));

    private void CopyTheme()
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Repo.Root, "themes"), "*", SearchOption.AllDirectories))
        {
            Site.WriteBytes(Path.Combine("themes", Path.GetRelativePath(Path.Combine(Repo.Root, "themes"), file)), File.ReadAllBytes(file));
        }
    }

    public void Dispose() => Site.Dispose();
}
