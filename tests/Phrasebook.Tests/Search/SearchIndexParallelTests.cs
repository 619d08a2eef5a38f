using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;
using Phrasebook.Theming;

namespace Phrasebook.Tests.Search;

/// <summary>The search files of every language are built in parallel; what one core builds is the reference.</summary>
public sealed class SearchIndexParallelTests
{
    [Fact]
    public async Task Building_the_languages_in_parallel_gives_the_files_one_core_gives()
    {
        var diagnostics = new DiagnosticBag();
        var index = ContentLoader.LoadIndexed(Repo.Root, diagnostics, 2);
        Assert.NotNull(index);
        var content = index.Content;
        var theme = Theme.Load(Repo.Root, content.Settings.Theme, content.Settings.Languages, diagnostics);
        Assert.NotNull(theme);
        var model = new SiteModel(index, theme);

        async Task<List<(string Path, byte[] Bytes)>> Build(int parallelism)
        {
            var search = SitePipelines.Create(Repo.Root).Single(p => p.Name == PipelineNames.Search).Pipeline;
            var engine = new Phrasebook.Engine.Pipelines.Engine<SiteModel>([search], new EngineOptions { MaxParallelism = parallelism }, model);
            var result = await engine.RunAsync(new DiagnosticBag());
            return [.. result.Outputs[PipelineNames.Search].Select(d => (d.Destination, d.Bytes.ToArray()))];
        }

        var serial = await Build(1);
        var parallel = await Build(4);

        Assert.Contains(serial, f => f.Path == "search/sv/text.json");
        Assert.Equal(serial.Select(f => f.Path), parallel.Select(f => f.Path));
        for (var i = 0; i < serial.Count; i++)
        {
            Assert.True(serial[i].Bytes.AsSpan().SequenceEqual(parallel[i].Bytes), $"{serial[i].Path} differs");
        }
    }
}
