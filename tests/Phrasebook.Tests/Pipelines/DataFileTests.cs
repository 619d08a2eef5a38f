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

    private sealed class Plan(Func<ReadOnlyMemory<byte>> make) : IModule<SiteModel>
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context) =>
            Task.FromResult(inputs.Add(DataFile.Plan("data.json", null, make)));
    }
}
