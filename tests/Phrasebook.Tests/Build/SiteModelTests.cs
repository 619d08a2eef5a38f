using Phrasebook.Changes;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes;
using Phrasebook.Site;
using Phrasebook.Tests.Validation;
using Phrasebook.Theming;

namespace Phrasebook.Tests.Build;

/// <summary>One typed model per build: what is derived from the content is made once per model, and the preview's next model keeps what does not depend on the content.</summary>
public sealed class SiteModelTests
{
    [Fact]
    public void The_change_log_and_code_entries_are_made_once_per_model()
    {
        using var site = new SiteFixture();
        var model = Load(site.Root);

        Assert.Same(model.ChangeLog, model.ChangeLog);
        Assert.Same(model.CodeEntries, model.CodeEntries);
        Assert.Contains(model.ChangeLog, e => e.Term.Id == "fuel-surcharge");
        Assert.Equal(["frakt", "fsc", "moms-25"], model.CodeEntries.Select(c => c.Slug));
    }

    [Fact]
    public void The_next_model_keeps_theme_and_matchers_and_derives_the_rest_from_the_edited_content()
    {
        using var site = new SiteFixture();
        var first = Load(site.Root);
        _ = first.CodeEntries;
        site.WriteTerm("freight-charge.yml", SiteFixture.FreightCharge.Replace("codes: [FRAKT]", "codes: [FRAKT, FRAKT2]", StringComparison.Ordinal));

        var diagnostics = new DiagnosticBag();
        var index = ContentLoader.LoadIndexed(site.Root, diagnostics, 2);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var next = first.Next(index!);

        Assert.Same(first.Theme, next.Theme);
        Assert.Same(first.Matchers, next.Matchers);
        Assert.NotSame(first.Views, next.Views);
        Assert.Same(index, next.Index);
        Assert.DoesNotContain(first.CodeEntries, c => c.Slug == "frakt2");
        Assert.Contains(next.CodeEntries, c => c.Slug == "frakt2");
    }

    [Fact]
    public void An_index_with_history_shares_the_lookups_of_the_index_validation_made()
    {
        using var site = new SiteFixture();
        var index = ContentLoader.LoadIndexed(site.Root, new DiagnosticBag(), 2)!;

        var withHistory = index.WithHistory(Phrasebook.History.SourceHistory.None);

        Assert.NotSame(index, withHistory);
        Assert.Same(index.Content, withHistory.Content);
        Assert.Same(index.Terms, withHistory.Terms);
        Assert.Same(index.CodesBySlug, withHistory.CodesBySlug);
    }

    private static SiteModel Load(string root)
    {
        var diagnostics = new DiagnosticBag();
        var index = ContentLoader.LoadIndexed(root, diagnostics, 2);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.ToSortedList()));
        var theme = Theme.Load(root, index!.Settings.Theme, index.Settings.Languages, diagnostics);
        return new SiteModel(index, theme!);
    }
}
