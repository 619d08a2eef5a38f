using Phrasebook.Build;
using Phrasebook.Tests.Schemas;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// A second supplier's site, written by hand from docs/content-model.md alone (tests/Phrasebook.Tests/
/// Contract/Site: nothing copied from the sample but the theme): every field in the forms the contract
/// allows, flow and block style, `|` and `>` texts, one term per file and a `terms:` list in a .yaml
/// file, a number as a code, yes/on/false as booleans. The schemas accept it and it builds as written.
/// </summary>
public sealed class HandWrittenSiteTests
{
    [Fact]
    public async Task A_site_written_from_the_contract_alone_is_valid_and_builds_as_written()
    {
        using var site = new TempSite(Directory.CreateTempSubdirectory("phrasebook-contract-site-").FullName);
        var source = Path.Combine(Repo.Root, "tests", "Phrasebook.Tests", "Contract", "Site");
        foreach (var file in Directory.GetFiles(source, "*", SearchOption.AllDirectories).Concat(Directory.GetFiles(Path.Combine(Repo.Root, "themes"), "*", SearchOption.AllDirectories)))
        {
            var relative = file.StartsWith(source, StringComparison.Ordinal) ? Path.GetRelativePath(source, file) : Path.GetRelativePath(Repo.Root, file);
            site.WriteBytes(relative, File.ReadAllBytes(file));
        }

        var schemaErrors = SchemaValidator.Validate(site.Root, SchemaValidator.SchemaFiles(site.Root)).SelectMany(p => p.Value.Select(e => $"{p.Key}:{e}")).ToList();
        Assert.Empty(schemaErrors);

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, MaxParallelism = 2 });
        Assert.True(result.Succeeded, string.Join("\n", result.Diagnostics.Where(d => d.IsError)));

        var en = site.Read("output/en/terms/bunker-adjustment/index.html");
        Assert.Contains("BT  Bunker adjustment 9 % of freight   120.00", en, StringComparison.Ordinal);
        Assert.Contains("BAF", en, StringComparison.Ordinal);
        Assert.Contains("BT  Bunkerstillegg 9 % av frakt   120,00", site.Read("output/nb/terms/bunker-adjustment/index.html"), StringComparison.Ordinal);
        Assert.True(File.Exists(site.PathOf("output/c/4711/index.html")));
        Assert.True(File.Exists(site.PathOf("output/nb/codes/olje/index.html")));
        Assert.True(File.Exists(site.PathOf("output/nb/terms/harbour-fee/index.html")));
        Assert.Contains("https://ord.sjofrakt.example/ord/nb/terms/sea-freight/", site.Read("output/sitemap.xml"), StringComparison.Ordinal);
        Assert.Equal(["bunker-adjustment", "port-fee", "sea-freight"], result.Model!.Content.Terms.Select(t => t.Id).Order(StringComparer.Ordinal));
    }
}
