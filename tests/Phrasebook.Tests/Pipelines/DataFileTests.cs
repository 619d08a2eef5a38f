using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Modules;
using Phrasebook.Engine.Output;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Publishing;
using Phrasebook.Site;

namespace Phrasebook.Tests.Pipelines;

/// <summary>A data file is planned by its input module and made only when something keeps it: a check, which keeps nothing, makes none.</summary>
public sealed class DataFileTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("phrasebook-data-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Theory]
    [InlineData("build", true)]
    [InlineData("preview", true)]
    [InlineData("check", false)]
    public async Task A_planned_data_file_is_made_only_when_something_keeps_it(string run, bool made)
    {
        var calls = 0;
        var pipeline = new Pipeline<SiteModel>("p")
            .WithInput(new Plan(() =>
            {
                Interlocked.Increment(ref calls);
                return "made"u8.ToArray();
            }))
            .WithProcess(new ForEachDocument<SiteModel>(new MakeDataFiles(), new WriteAndRelease<SiteModel>()));
        var options = run switch
        {
            "build" => new EngineOptions { OutputFolder = new OutputFolder(_folder) },
            "preview" => new EngineOptions(),
            _ => new EngineOptions { ReleaseUnwritten = true },
        };

        // The modules under test read nothing of the model.
        var result = await new Phrasebook.Engine.Pipelines.Engine<SiteModel>([pipeline], options, null!).RunAsync(new DiagnosticBag());

        Assert.Equal(made ? 1 : 0, calls);
        var doc = Assert.Single(result.Outputs["p"]);
        switch (run)
        {
            case "build":
                Assert.Equal("made", File.ReadAllText(Path.Combine(_folder, "data.json")));
                break;
            case "preview":
                Assert.Equal("made", doc.Text);
                break;
            default:
                Assert.True(doc.IsReleased);
                Assert.False(File.Exists(Path.Combine(_folder, "data.json")));
                break;
        }
    }

    [Theory]
    // A feed of the edited language, and codes.json (every language), show terms' texts.
    [InlineData("nb/changes/feed.xml", "nb", DataFileShows.TermTexts, false, true)]
    [InlineData("en/changes/feed.xml", "en", DataFileShows.TermTexts, false, false)]
    [InlineData("codes.json", null, DataFileShows.TermTexts, false, true)]
    // The sitemap's dates follow the git history alone: the same pages exist after a partial build.
    [InlineData("sitemap.xml", null, DataFileShows.History, false, false)]
    [InlineData("sitemap.xml", null, DataFileShows.History, true, true)]
    // _redirects shows codes and old ids, part of the terms' identities: never made again by a partial build.
    [InlineData("_redirects", null, DataFileShows.IdentitiesOnly, true, false)]
    public void A_partial_build_makes_a_data_file_only_when_the_edit_changes_what_it_shows(string path, string? language, DataFileShows shows, bool historyChanged, bool kept)
    {
        var keep = new Phrasebook.Incremental.KeepPages(
            System.Collections.Frozen.FrozenSet<string>.Empty,
            System.Collections.Frozen.FrozenSet<string>.Empty,
            keepOthers: true,
            System.Collections.Frozen.FrozenSet.ToFrozenSet(["nb"], StringComparer.Ordinal),
            System.Collections.Frozen.FrozenSet.ToFrozenSet(["nb"], StringComparer.Ordinal),
            historyChanged);
        Assert.Equal(kept, keep.Keeps(DataFile.Plan(path, language, () => default, shows), "p"));
    }

    private sealed class Plan(Func<ReadOnlyMemory<byte>> make) : IModule<SiteModel>
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
            Task.FromResult(inputs.Add(DataFile.Plan("data.json", null, make)));
    }
}
