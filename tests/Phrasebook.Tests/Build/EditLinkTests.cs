namespace Phrasebook.Tests.Build;

/// <summary>Every page built from a source file links to that file in the editor (EditLink with {path}).</summary>
public sealed class EditLinkTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private const string Edit = "https://github.com/nordlys-frakt/phrasebook/edit/main/";

    [Theory]
    [InlineData("nb/terms/fuel-surcharge/index.html", "input/industries/logistics/fuel-surcharge.yml")]
    [InlineData("sv/terms/invoice-fee/index.html", "input/industries/logistics/fees.yml")]
    [InlineData("en/terms/cold-storage/index.html", "input/industries/warehousing/cold-storage.yml")]
    [InlineData("nb/codes/fsc/index.html", "input/industries/logistics/fuel-surcharge.yml")]
    [InlineData("sv/processes/delivery/index.html", "input/processes/delivery.sv.md")]
    [InlineData("en/about/index.html", "input/pages/about.en.md")]
    [InlineData("nb/index.html", "input/pages/index.nb.md")]
    public void A_page_from_a_source_file_links_to_editing_that_file(string page, string source)
    {
        Assert.True(File.Exists(Path.Combine(Repo.Root, source)), source);
        Assert.Equal(Edit + source, EditLink(page));
    }

    [Theory]
    [InlineData("nb/terms/index.html")]
    [InlineData("sv/codes/index.html")]
    [InlineData("en/search/index.html")]
    public void A_page_made_from_many_files_has_no_edit_link(string page) => Assert.Null(EditLink(page));

    private string? EditLink(string page) =>
        sample.Page(page).QuerySelectorAll("a[href]").Select(a => a.GetAttribute("href")!).SingleOrDefault(h => h.StartsWith(Edit, StringComparison.Ordinal));
}
