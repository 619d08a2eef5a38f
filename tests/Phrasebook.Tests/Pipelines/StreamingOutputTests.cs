using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Modules;
using Phrasebook.Engine.Output;
using Phrasebook.Engine.Pipelines;

namespace Phrasebook.Tests.Pipelines;

/// <summary>Pages are rendered in parallel and written as they are made, so a big build's memory stays flat.</summary>
public sealed class StreamingOutputTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("phrasebook-engine-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task A_parallel_module_written_as_an_iterator_still_runs_documents_at_the_same_time()
    {
        // Both documents must be inside Execute at once to pass the barrier; run one after the other, it times out.
        using var barrier = new Barrier(2);
        var module = new Meet(barrier);
        var result = await Run(new Pipeline<NoModel>("p").WithInput(new Make("a.html", "b.html")).WithProcess(module), _folder);

        Assert.Equal(["a.html", "b.html"], result.Select(d => d.Destination));
        Assert.All(result, d => Assert.True(d.Get<bool>("met"), $"{d.Destination} waited alone at the barrier"));
    }

    [Fact]
    public async Task Written_documents_are_on_disk_and_keep_only_their_metadata()
    {
        var pipeline = new Pipeline<NoModel>("p")
            .WithInput(new Make("nb/x/", "y.html"))
            .WithProcess(new ForEachDocument<NoModel>(new Tag(), new WriteAndRelease<NoModel>()));

        var result = await Run(pipeline, _folder);

        Assert.All(result, d => Assert.True(d.IsReleased));
        Assert.All(result, d => Assert.Equal("tagged", d.Get<string>("tag")));
        Assert.Equal("<p>nb/x/index.html</p>", File.ReadAllText(Path.Combine(_folder, "nb", "x", "index.html")));
        Assert.Equal("<p>y.html</p>", File.ReadAllText(Path.Combine(_folder, "y.html")));
        var error = Assert.Throws<InvalidOperationException>(() => result[0].Text);
        Assert.Contains("nb/x/index.html", error.Message);
    }

    [Fact]
    public async Task A_run_without_an_output_folder_keeps_the_content_of_every_document()
    {
        // The engine can only write through its output folder, so "writes nothing" is tested where a folder
        // could be written by mistake: `check` and a dry run (CheckCommandTests) leave the output folder unmade.
        var pipeline = new Pipeline<NoModel>("p")
            .WithInput(new Make("a.html", "b/"))
            .WithProcess(new ForEachDocument<NoModel>(new Tag(), new WriteAndRelease<NoModel>()));

        var result = await Run(pipeline, null);

        Assert.All(result, d => Assert.False(d.IsReleased, d.Destination));
        Assert.Equal(["<p>a.html</p>", "<p>b/index.html</p>"], result.Select(d => d.Text));
        Assert.All(result, d => Assert.Equal("tagged", d.Get<string>("tag")));
    }

    [Fact]
    public async Task A_page_in_a_rented_array_is_written_as_its_own_length_and_let_go()
    {
        var pipeline = new Pipeline<NoModel>("p")
            .WithInput(new Make("big.html"))
            .WithProcess(new ForEachDocument<NoModel>(new Rented(), new WriteAndRelease<NoModel>()));

        var result = await Run(pipeline, _folder);

        Assert.True(Assert.Single(result).IsReleased);
        Assert.Equal("<p>rented</p>", File.ReadAllText(Path.Combine(_folder, "big.html")));
    }

    [Theory]
    [InlineData("abc|def|ghi", "abcdefghi")]
    [InlineData("abcdefghi", "abc|def|ghi")]
    [InlineData("abc|def|ghi", "ab|c")]
    [InlineData("ab|c", "abc|def|ghi")]
    [InlineData("abc|xef|ghi", "abc|def|ghi")]
    public void A_file_written_in_pieces_holds_them_one_after_the_other_whatever_it_held_before(string before, string after)
    {
        var folder = new OutputFolder(_folder);
        folder.Write("search/nb/text.json", Pieces(before));
        folder.Write("search/nb/text.json", Pieces(after));

        Assert.Equal(after.Replace("|", "", StringComparison.Ordinal), File.ReadAllText(Path.Combine(_folder, "search", "nb", "text.json")));
        Assert.Equal(1, folder.Count);
    }

    [Fact]
    public async Task Pipelines_running_at_the_same_time_share_one_bound_of_documents_in_flight()
    {
        // A bound per pipeline would let four pipelines have eight documents in flight. On two cores the thread
        // pool alone would keep that down to two and hide it, so the pool is given threads enough to show it.
        ThreadPool.GetMinThreads(out var workers, out var io);
        ThreadPool.SetMinThreads(Math.Max(workers, 16), io);
        var count = new InFlight();
        var names = Enumerable.Range(1, 4).Select(n => $"p{n}").ToArray();
        var pipelines = names.Select(name => new Pipeline<NoModel>(name)
            .WithInput(new Make([.. Enumerable.Range(1, 12).Select(i => $"{name}-{i}.html")]))
            .WithProcess(new Busy(count)));
        var engine = new Phrasebook.Engine.Pipelines.Engine<NoModel>(pipelines, new EngineOptions { MaxParallelism = 2 }, NoModel.Instance);

        EngineResult result;
        try
        {
            result = await engine.RunAsync(new DiagnosticBag());
        }
        finally
        {
            ThreadPool.SetMinThreads(workers, io);
        }

        Assert.All(names, name => Assert.Equal(12, result.Outputs[name].Length));
        Assert.Equal(48, count.Entered);
        // Two at once: the bound was reached (each document waits for a second one) and never passed.
        Assert.Equal(2, count.Max);
    }

    private static ReadOnlyMemory<byte>[] Pieces(string text) =>
        [.. text.Split('|').Select(p => (ReadOnlyMemory<byte>)System.Text.Encoding.UTF8.GetBytes(p))];

    private static async Task<ImmutableArray<Document>> Run(Pipeline<NoModel> pipeline, string? output)
    {
        var engine = new Phrasebook.Engine.Pipelines.Engine<NoModel>([pipeline], new EngineOptions { MaxParallelism = 2, OutputFolder = output is null ? null : new OutputFolder(output) }, NoModel.Instance);
        var diagnostics = new DiagnosticBag();
        var result = await engine.RunAsync(diagnostics);
        Assert.False(diagnostics.HasErrors);
        return result.Outputs["p"];
    }

    private sealed class Make(params string[] destinations) : IModule<NoModel>
    {
        public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<NoModel> context) =>
            Task.FromResult(destinations.Select(d => Document.FromText(d, "")).Select(d => d.WithText($"<p>{d.Destination}</p>")).ToImmutableArray());
    }

    private sealed class Tag : ParallelModule<NoModel>
    {
        protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<NoModel> context) => [input.With("tag", "tagged")];
    }

    /// <summary>Counts the documents inside a module's Execute: how many entered, and the most at once.</summary>
    private sealed class InFlight
    {
        private int _now;
        private int _max;
        private int _entered;

        public int Max => Volatile.Read(ref _max);

        public int Entered => Volatile.Read(ref _entered);

        public int Now => Volatile.Read(ref _now);

        public void Enter()
        {
            Interlocked.Increment(ref _entered);
            var now = Interlocked.Increment(ref _now);
            int max;
            while (now > (max = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, max) != max)
            {
            }
        }

        public void Leave() => Interlocked.Decrement(ref _now);
    }

    /// <summary>
    /// Stays in flight until another document is in flight too (or a second passes, for the last one), then a
    /// little longer: blocked, not computing, so a broken bound shows as more documents at once, not as a slow test.
    /// </summary>
    private sealed class Busy(InFlight count) : ParallelModule<NoModel>
    {
        protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<NoModel> context)
        {
            count.Enter();
            SpinWait.SpinUntil(() => count.Now > 1, TimeSpan.FromSeconds(1));
            Thread.Sleep(20);
            count.Leave();
            return [input];
        }
    }

    private sealed class Rented : ParallelModule<NoModel>
    {
        protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<NoModel> context)
        {
            var text = System.Text.Encoding.UTF8.GetBytes("<p>rented</p>");
            var array = RentedBytes.Rent(1000);
            array.AsSpan().Fill((byte)'x');
            text.CopyTo(array, 0);
            return [input.WithRentedBytes(array, text.Length)];
        }
    }

    private sealed class Meet(Barrier barrier) : ParallelModule<NoModel>
    {
        protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<NoModel> context)
        {
            yield return input.With("met", barrier.SignalAndWait(TimeSpan.FromSeconds(10)));
        }
    }

    /// <summary>These modules need no model of a site.</summary>
    private sealed class NoModel
    {
        public static readonly NoModel Instance = new();
    }
}
