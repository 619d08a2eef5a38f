using Phrasebook.Build;

namespace Phrasebook.Tests.Preview;

/// <summary>
/// The preview loads only the files its watcher names (TermFileCache.Trust). Saves the watcher reports in odd ways
/// must still reach the preview: a folder made and filled at once (the watcher may watch it only after its files were
/// written), and an atomic save through a temporary file.
/// </summary>
public sealed class PreviewWatcherTests
{
    private const string Cod = "input/industries/logistics/cod-fee.yml";

    [Fact]
    public async Task A_term_file_written_into_a_new_folder_at_once_is_previewed_as_a_cold_build_makes_it()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        var text = TermFileCacheTrustTests.ExtraTerm(preview.Site);
        Directory.CreateDirectory(preview.Site.PathOf("input/industries/logistics/more/deeper"));
        preview.Site.Write("input/industries/logistics/more/deeper/cod-fee-extra.yml", text);

        await Until(events, () => preview.Host.Current.Files.ContainsKey("en/terms/cod-fee-extra/index.html"));
        await AssertAsCold(preview, "en/terms/cod-fee-extra/index.html", "en/codes/ekrx/index.html", "en/industries/logistics/index.html");
    }

    [Fact]
    public async Task An_atomic_save_through_a_temporary_file_is_previewed_as_a_cold_build_makes_it()
    {
        await using var preview = await PreviewSession.StartAsync();
        using var events = await preview.EventsAsync();
        var temporary = preview.Site.PathOf(Cod + ".tmp~save");
        File.WriteAllText(temporary, preview.Site.Read(Cod).Replace("en: A fee for the driver collecting payment", "en: A fee for collecting payment", StringComparison.Ordinal));
        File.Move(temporary, preview.Site.PathOf(Cod), overwrite: true);

        await Until(events, () => preview.Host.Current.Files["en/terms/cod-fee/index.html"].Text.Contains("A fee for collecting payment", StringComparison.Ordinal));
        await AssertAsCold(preview, "en/terms/cod-fee/index.html", "en/codes/ekr/index.html");
    }

    /// <summary>Reads reload events until <paramref name="done"/> holds (the events of one save may come in several batches).</summary>
    private static async Task Until(EventStream events, Func<bool> done)
    {
        while (!done())
        {
            var (name, data) = await events.NextAsync();
            Assert.True(name != "errors", data.ToString());
        }
    }

    private static async Task AssertAsCold(PreviewSession preview, params string[] pages)
    {
        var cold = await SiteBuilder.BuildAsync(new BuildOptions { Root = preview.Site.Root, DryRun = true, MaxParallelism = 2 });
        Assert.True(cold.Succeeded);
        var files = cold.Engine!.Outputs.Where(p => p.Key != PipelineNames.Permalinks).SelectMany(p => p.Value).ToDictionary(d => d.Destination, StringComparer.Ordinal);
        foreach (var page in pages)
        {
            Assert.Equal(files[page].Text, preview.Host.Current.Files[page].Text);
        }

        Assert.Equal(files.Keys.Order(StringComparer.Ordinal), preview.Host.Current.Files.Keys.Order(StringComparer.Ordinal));
    }
}
