using System.Text.Json;

namespace Phrasebook.Tests.Schemas;

/// <summary>One schema error, at the line and column of the file the editor sees.</summary>
internal sealed record SchemaError(int Line, int Col, string Pointer, string Keyword, string Message)
{
    public override string ToString() => $"{Line}:{Col} {Keyword} at '{Pointer}': {Message}";
}

/// <summary>
/// Validates site files against schemas/ with ajv (pinned in tests/gates-node) through
/// tests/gates-node/schema-check.mjs, reading YAML as the editor's language server does (YAML 1.2 core).
/// </summary>
internal static class SchemaValidator
{
    public static string SchemasFolder => Path.Combine(Repo.Root, "schemas");

    /// <summary>The schema file and the way to read it for a path relative to a site's folder, or null.</summary>
    public static (string Schema, string Kind)? SchemaFor(string relativePath)
    {
        var parts = relativePath.Replace('\\', '/').Split('/');
        return parts switch
        {
            ["statiq.json"] => ("statiq.schema.json", "json"),
            ["input", "roles.yml"] => ("roles.schema.json", "yaml"),
            ["input", "industries", _, "industry.yml"] => ("industry.schema.json", "yaml"),
            ["input", "industries", _, .., var f] when f.EndsWith(".yml", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal) => ("term.schema.json", "yaml"),
            ["input", "processes", var f] when f.EndsWith(".md", StringComparison.Ordinal) => ("process.schema.json", "frontmatter"),
            ["input", "pages", var f] when f.EndsWith(".md", StringComparison.Ordinal) => ("page.schema.json", "frontmatter"),
            _ => null,
        };
    }

    /// <summary>Every file of a site that has a schema, relative to <paramref name="siteRoot"/>, sorted.</summary>
    public static List<string> SchemaFiles(string siteRoot) =>
        [.. Directory.GetFiles(siteRoot, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(siteRoot, f).Replace('\\', '/'))
            .Where(f => SchemaFor(f) is not null)
            .Order(StringComparer.Ordinal)];

    /// <summary>Validates each file (relative to <paramref name="siteRoot"/>); returns its errors by path.</summary>
    public static Dictionary<string, List<SchemaError>> Validate(string siteRoot, IEnumerable<string> files)
    {
        var list = files.ToList();
        var request = new
        {
            schemas = Directory.GetFiles(SchemasFolder, "*.schema.json").Order(StringComparer.Ordinal),
            files = list.Select(f => SchemaFor(f) is var (schema, kind)
                ? new { path = Path.Combine(siteRoot, f), schema, kind }
                : throw new ArgumentException($"{f} has no schema")),
        };
        var stdout = NodeScripts.Run(Repo.GatesNode, "ajv-formats", "schema-check.mjs", JsonSerializer.Serialize(request));
        var results = JsonSerializer.Deserialize<List<Result>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        return list.Zip(results).ToDictionary(p => p.First, p => p.Second.Errors);
    }

    /// <summary>Validates files anywhere (full paths) against a schema named here, in one run of the checker.</summary>
    public static List<List<SchemaError>> ValidateAs(IEnumerable<string> fullPaths, string schema, string kind)
    {
        var request = new
        {
            schemas = Directory.GetFiles(SchemasFolder, "*.schema.json").Order(StringComparer.Ordinal),
            files = fullPaths.Select(path => new { path, schema, kind }),
        };
        var stdout = NodeScripts.Run(Repo.GatesNode, "ajv-formats", "schema-check.mjs", JsonSerializer.Serialize(request));
        return [.. JsonSerializer.Deserialize<List<Result>>(stdout, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Select(r => r.Errors)];
    }

    private sealed record Result(string Path, List<SchemaError> Errors);
}
