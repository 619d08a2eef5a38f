using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.AutoLinks;

/// <summary>The model's mentions: found once per model and language, and found again from edited content in the preview's next model.</summary>
public sealed class MentionsTests
{
    [Fact]
    public void A_models_mentions_are_found_once_and_its_next_model_reads_the_edited_body()
    {
        using var site = Repo.CopySample("phrasebook-mentions-model-");
        var model = MentionsDifferentialTests.Load(site.Root);
        var delivery = model.Content.Processes.Single(p => p.Id == "delivery");
        var first = model.Mentions.Of(delivery, "nb");

        Assert.Contains("waybill", first);
        Assert.DoesNotContain("vat", first);
        Assert.True(first == model.Mentions.Of(delivery, "nb"), "the mentions were found twice");

        var path = site.PathOf("input/processes/delivery.nb.md");
        File.WriteAllText(path, File.ReadAllText(path).Replace("Når [bestillingen]", "Moms kommer på. Når [bestillingen]", StringComparison.Ordinal));
        var diagnostics = new DiagnosticBag();
        var next = model.Next(ContentLoader.LoadIndexed(site.Root, diagnostics, 2)!);
        var edited = next.Mentions.Of(next.Content.Processes.Single(p => p.Id == "delivery"), "nb");

        Assert.Equal("vat", edited[0]);
        Assert.Equal(first.ToList(), edited.Skip(1).ToList());
    }
}
