using Phrasebook.Build;
using Phrasebook.Preview.Rebuilding;

namespace Phrasebook.Tests.Preview;

/// <summary>
/// The preview keeps what it read between edits (term files, their diagnostics, the links parsed from
/// them) and skips the rules that can only warn. After every edit its errors must still be exactly those
/// a cold build of the same content reports: same file, line, column, code, message, hint and order.
/// </summary>
public sealed class PreviewDiagnosticsTests
{
    private const string Fuel = "input/industries/logistics/fuel-surcharge.yml";
    private const string Freight = "input/industries/logistics/freight-charge.yml";

    [Fact]
    public async Task After_each_edit_the_preview_reports_the_errors_of_a_cold_build()
    {
        using var site = Repo.CopySample("phrasebook-preview-diagnostics-");
        var rebuilder = new SiteRebuilder(site.Root, 2);
        Assert.Equal("full", (await rebuilder.RebuildAsync([], CancellationToken.None)).Kind);
        var original = site.Read(Fuel);

        // A broken link by id and a text with a control character in the edited file.
        await Step(site, rebuilder, Fuel, original
            .Replace("en: An extra charge on the freight that follows the price of diesel.", "en: An extra charge, see [the fee](term:no-such-term).", StringComparison.Ordinal)
            .Replace("sv: Ett tillägg på frakten som följer priset på diesel.", "sv: Ett tillägg\u0001 på frakten.", StringComparison.Ordinal), errors: true);

        // Fixed, but a translation is dropped: a warning only, which the preview does not show.
        await Step(site, rebuilder, Fuel, original.Replace("  sv: Ett tillägg på frakten som följer priset på diesel.\n", "", StringComparison.Ordinal), errors: false);

        // A term the unchanged files link to and relate to is deleted: their (cached) texts now have errors.
        var freight = site.Read(Freight);
        File.Delete(Path.Combine(site.Root, Freight));
        await Step(site, rebuilder, Freight, null, errors: true);

        // Back again, and the edit before it still in place.
        await Step(site, rebuilder, Freight, freight, errors: false);
        Assert.Equal("incremental", (await rebuilder.RebuildAsync([Fuel], CancellationToken.None)).Kind);
    }

    private static async Task Step(TempSite site, SiteRebuilder rebuilder, string path, string? text, bool errors)
    {
        if (text is not null)
        {
            site.Write(path, text);
        }

        var outcome = await rebuilder.RebuildAsync([path], CancellationToken.None);
        var cold = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, DryRun = true, MaxParallelism = 2 });
        var expected = cold.Diagnostics.Where(d => d.IsError).Select(Line).ToList();

        Assert.Equal(errors, expected.Count > 0);
        Assert.Equal(expected, outcome.Errors.Select(Line).ToList());
        Assert.Equal(expected, rebuilder.Current.Errors.Select(Line).ToList());
    }

    private static string Line(Engine.Diagnostics.Diagnostic d) => $"{d} | cause {d.Cause}";
}
