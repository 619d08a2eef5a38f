using Phrasebook.Diagnostics;
using Phrasebook.Tests.Build;

namespace Phrasebook.Tests.Permalinks;

/// <summary>The sample ships its permalinks.txt, complete, and shows a renamed term and a retired code.</summary>
public sealed class SamplePermalinksTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Fact]
    public void The_sample_keeps_every_published_url_and_its_file_lists_every_public_url()
    {
        Assert.True(sample.Result.Succeeded, string.Join("\n", sample.Result.Diagnostics));
        Assert.DoesNotContain(sample.Result.Diagnostics, d => d.Code is Codes.PermalinkLost or Codes.RedirectNeverPublished or Codes.RetiredCodeNeverPublished);
        var updated = Phrasebook.Permalinks.GuardPermalinks.Updated(sample.Result.Engine!.Outputs[Phrasebook.Build.PipelineNames.Permalinks]);
        Assert.True(
            updated == File.ReadAllText(Path.Combine(Repo.Root, "permalinks.txt")),
            "permalinks.txt lacks URLs of the sample: run `./phrasebook build --update-permalinks`");
    }

    [Fact]
    public void The_old_id_and_the_retired_code_of_the_fuel_surcharge_still_work()
    {
        Assert.Equal("0; url=/sv/terms/fuel-surcharge/", sample.Page("sv/terms/diesel-surcharge/index.html").QuerySelector("meta[http-equiv=refresh]")?.GetAttribute("content"));
        var retired = sample.Page("en/codes/dsl/index.html");
        Assert.Equal("The code DSL is no longer used", retired.QuerySelector("h1")!.TextContent.Trim());
        Assert.Equal("/en/terms/fuel-surcharge/", retired.QuerySelector(".notice a.code-term")!.GetAttribute("href"));
        Assert.True(File.Exists(Path.Combine(sample.Output, "c", "dsl", "index.html")));
    }
}
