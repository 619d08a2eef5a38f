using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Schemas;

/// <summary>The schemas in schemas/ accept every sample file and reject the mistakes editors make, on the same lines as the build.</summary>
public sealed class SchemaTests
{
    [Fact]
    public void Every_sample_file_is_valid_against_its_schema()
    {
        var files = SchemaValidator.SchemaFiles(Repo.Root).Where(f => f == "statiq.json" || f.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count >= 45, $"only {files.Count} sample files found");
        var errors = SchemaValidator.Validate(Repo.Root, files)
            .SelectMany(p => p.Value.Select(e => $"{p.Key}:{e}"))
            .ToList();
        Assert.Empty(errors);
    }

    [Fact]
    public void Every_sample_content_file_names_its_schema_on_its_first_yaml_line()
    {
        var files = SchemaValidator.SchemaFiles(Repo.Root).Where(f => f.StartsWith("input/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var lines = File.ReadAllLines(Path.Combine(Repo.Root, file));
            var line = file.EndsWith(".md", StringComparison.Ordinal) ? lines[1] : lines[0];
            const string Prefix = "# yaml-language-server: $schema=";
            Assert.True(line.StartsWith(Prefix, StringComparison.Ordinal), $"{file} does not start with `{Prefix}...`");
            var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.Combine(Repo.Root, file))!, line[Prefix.Length..]));
            Assert.Equal(Path.Combine(SchemaValidator.SchemasFolder, SchemaValidator.SchemaFor(file)!.Value.Schema), target);
        }
    }

    [Fact]
    public void The_vscode_settings_give_a_new_file_the_same_schema_as_its_first_line()
    {
        var settings = JsonNode.Parse(File.ReadAllText(Path.Combine(Repo.Root, ".vscode", "settings.json")))!;
        var yaml = settings["yaml.schemas"]!.AsObject().Select(p => (Schema: Path.GetFileName(p.Key), Globs: p.Value!.AsArray().Select(g => g!.GetValue<string>()).ToList())).ToList();
        var json = settings["json.schemas"]!.AsArray().Select(e => (Schema: Path.GetFileName(e!["url"]!.GetValue<string>()), Globs: e["fileMatch"]!.AsArray().Select(g => g!.GetValue<string>().TrimStart('/')).ToList())).ToList();
        var files = SchemaValidator.SchemaFiles(Repo.Root).Where(f => f == "statiq.json" || f.EndsWith(".yml", StringComparison.Ordinal)).ToList();
        Assert.True(files.Count > 30, $"only {files.Count} files");
        foreach (var file in files)
        {
            var matches = yaml.Concat(json).Where(m => m.Globs.Any(g => !g.StartsWith('!') && Glob(g).IsMatch(file)) && !m.Globs.Any(g => g.StartsWith('!') && Glob(g[1..]).IsMatch(file))).Select(m => m.Schema);
            Assert.Equal([SchemaValidator.SchemaFor(file)!.Value.Schema], matches);
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_schema_rejects_a_broken_example_on_its_line(string name)
    {
        var example = BrokenExamples.All.Single(e => e.Name == name);
        using var site = Repo.CopySample();
        site.Write(example.Path, example.Text);
        var errors = SchemaValidator.Validate(site.Root, [example.Path])[example.Path];
        Assert.True(
            errors.Any(e => e.Line == example.SchemaLine && e.Keyword == example.Keyword),
            $"expected a '{example.Keyword}' error on line {example.SchemaLine}, got:\n{string.Join("\n", errors)}");
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void The_build_rejects_the_same_broken_example(string name)
    {
        var example = BrokenExamples.All.Single(e => e.Name == name);
        using var site = Repo.CopySample();
        site.Write(example.Path, example.Text);
        var diagnostics = new DiagnosticBag();
        ContentLoader.Load(site.Root, diagnostics, 1);
        var found = diagnostics.ToSortedList();
        Assert.True(
            found.Any(d => d.IsError && d.Code == example.Code && d.Location.Path == example.Path && d.Location.Line == example.ReaderLine),
            $"expected {example.Code} at {example.Path}:{example.ReaderLine}, got:\n{string.Join("\n", found.Where(d => d.IsError))}");
    }

    public static TheoryData<string> Examples() => [.. BrokenExamples.All.Select(e => e.Name)];

    /// <summary>A settings glob as a regex: `*` is any run of characters within one folder.</summary>
    private static Regex Glob(string glob) => new("^" + Regex.Escape(glob).Replace("\\*", "[^/]*", StringComparison.Ordinal) + "$");
}
