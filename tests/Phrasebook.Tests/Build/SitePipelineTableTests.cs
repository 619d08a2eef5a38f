using System.Reflection;
using Phrasebook.Build;
using Phrasebook.Engine.Pipelines;
using Phrasebook.InvoiceCodes;
using Phrasebook.Search;
using Phrasebook.Site;
using Phrasebook.Terms;

namespace Phrasebook.Tests.Build;

/// <summary>The pipeline table declares what the preview does with each pipeline; the preview reads it from there.</summary>
public sealed class SitePipelineTableTests
{
    private static readonly IReadOnlyList<SitePipeline> Table = SitePipelines.Create(Repo.Root);

    [Fact]
    public void Every_pipeline_name_is_a_constant_and_every_constant_a_pipeline()
    {
        var constants = typeof(PipelineNames).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, Table.Select(p => p.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_preview_skips_the_modules_the_table_names_and_runs_the_others()
    {
        var codeData = Table.Single(p => p.Name == PipelineNames.CodeData);
        var search = Table.Single(p => p.Name == PipelineNames.Search);

        Assert.Contains(codeData.Pipeline.Input, m => m is WriteQrCodes);
        Assert.DoesNotContain(codeData.PreviewInput, m => m is WriteQrCodes);
        Assert.Contains(codeData.PreviewInput, m => m is WriteCodeData);
        Assert.Contains(codeData.PreviewInput, m => m is WriteRedirects);
        Assert.DoesNotContain(search.PreviewInput, m => m is CopySearchScripts);
        Assert.Contains(search.PreviewInput, m => m is PlanSearchFiles);
        Assert.All(Table.Where(p => p.SkippedInPreview.IsEmpty), p => Assert.Equal(p.Pipeline.Input, p.PreviewInput));
    }

    [Fact]
    public void A_term_edit_reruns_what_the_table_declares()
    {
        string[] Where(TermEditRerun rerun) => [.. Table.Where(p => p.TermEdit == rerun).Select(p => p.Name)];

        Assert.Equal([PipelineNames.Terms, PipelineNames.Codes], Where(TermEditRerun.OwnPagesFirst));
        Assert.Equal([PipelineNames.Pages], Where(TermEditRerun.Whole));
        Assert.Equal([PipelineNames.Assets, PipelineNames.Links, PipelineNames.Permalinks, PipelineNames.Sitemap], Where(TermEditRerun.Skip));
    }

    [Fact]
    public void Skipping_a_module_the_pipeline_does_not_have_is_an_error_in_the_table()
    {
        var pipeline = new Pipeline<SiteModel>("Terms").WithInput(new CreateTermPages()).OnTermEdit(TermEditRerun.AffectedFiles);

        var error = Assert.Throws<InvalidOperationException>(pipeline.SkipInPreview<WriteQrCodes>);

        Assert.Contains("WriteQrCodes", error.Message, StringComparison.Ordinal);
    }
}
