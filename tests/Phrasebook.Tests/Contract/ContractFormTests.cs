using System.Text.Json.Nodes;
using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Tests.Schemas;
using Xunit.Abstractions;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// The contract of docs/content-model.md, generated from the schemas: a site written from the schemas
/// alone, with every field in every form they allow (all as strings, all as language maps, mixed, and one
/// document per field and form), is valid for the schemas, read without an error, read to the values
/// written, and builds.
/// </summary>
public sealed class ContractFormTests(ITestOutputHelper output)
{
    public static TheoryData<string> Variants() => [.. ContractSite.Variants.Keys];

    [Theory]
    [MemberData(nameof(Variants))]
    public async Task A_site_written_from_the_schemas_is_read_as_written_and_builds(string variant)
    {
        using var site = new ContractSite(variant, everyForm: variant.StartsWith("first", StringComparison.Ordinal));
        var forms = site.Coverage.Sum(c => c.Value.Forms);
        output.WriteLine($"{variant}: {site.Files.Count} documents; {site.Coverage.Count} field paths with {forms} forms in all");

        var schemaErrors = SchemaValidator.Validate(site.Site.Root, SchemaValidator.SchemaFiles(site.Site.Root))
            .SelectMany(p => p.Value.Select(e => $"{p.Key}:{e}"))
            .ToList();
        Assert.True(schemaErrors.Count == 0, "the schemas refuse generated files:\n" + string.Join("\n", schemaErrors) + "\n" + Dump(site));

        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(site.Site.Root, diagnostics, 1);
        var errors = diagnostics.ToSortedList().Where(d => d.IsError).ToList();
        Assert.True(errors.Count == 0, "the reader refuses generated files:\n" + string.Join("\n", errors) + "\n" + Dump(site));
        Assert.NotNull(content);

        var wrong = new List<string>();
        foreach (var file in site.Files)
        {
            var read = ContractSite.ProjectionOf(content, file);
            if (read is null)
            {
                wrong.Add($"{file.Path} ({file.What}): {file.Kind} '{file.Id}' was not read");
                continue;
            }

            foreach (var (key, expected) in file.Canon)
            {
                if (!JsonNode.DeepEquals(expected, read[key]))
                {
                    wrong.Add($"{file.Path} ({file.What}): '{key}' was written {file.Raw[key]?.ToJsonString()}, so it should read as {expected?.ToJsonString()}, but reads as {read[key]?.ToJsonString()}");
                }
            }
        }

        Assert.True(wrong.Count == 0, string.Join("\n", wrong));

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Site.Root, MaxParallelism = 1 });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));
        Assert.True(File.Exists(Path.Combine(site.Site.Output, "nb", "terms", "whole", "index.html")));
    }

    [Fact]
    public void Every_form_of_every_field_the_schemas_describe_is_generated()
    {
        using var site = new ContractSite(ContractSite.Variants.Keys.First(), everyForm: true);
        var paths = site.Coverage.Keys.ToList();
        output.WriteLine(string.Join("\n", site.Coverage.Select(c => $"{c.Key}: {c.Value.Forms}")));

        // The forms the contract promises, by name: a field that loses one fails here.
        foreach (var path in new[] { "term", "summary", "explanation", "abbreviation", "invoice.example", "invoice.when", "changes[].note" })
        {
            Assert.Contains($"term.schema.json#{path}", paths);
            Assert.Equal(2, site.Coverage[$"term.schema.json#{path}"].Forms);
        }

        Assert.Equal(3, site.Coverage["term.schema.json#customer_words"].Forms);
        Assert.Equal(3, site.Coverage["term.schema.json#roles.finance"].Forms);
        Assert.Contains("term.schema.json#roles.finance.words", paths);
        Assert.Equal(19, site.Coverage["term.schema.json#autolink"].Forms);
        Assert.Contains(site.Files, f => f.What.Contains("terms: list", StringComparison.Ordinal));
    }

    private static string Dump(ContractSite site) =>
        string.Join("\n", site.Files.Select(f => f.Path).Distinct().Take(3).Select(p => $"--- {p}\n{site.Site.Read(p)}"));
}
