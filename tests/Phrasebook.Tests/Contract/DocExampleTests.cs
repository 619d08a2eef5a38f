using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// The examples of docs/errors.md and docs/editors.md are tests, as Markdig's spec examples are: each is
/// written into a copy of the sample site, which is then checked. A documented error example gives
/// exactly the documented messages (code, line, column, text) for its file; a valid one builds.
/// </summary>
public sealed class DocExampleTests
{
    public static TheoryData<string> Examples() => [.. DocExamples.All.Select(e => e.Name)];

    [Fact]
    public void The_docs_have_examples_marked_to_run()
    {
        Assert.True(DocExamples.All.Count(e => e.Doc == "docs/errors.md") >= 14, string.Join(", ", DocExamples.All));
        Assert.True(DocExamples.All.Count(e => e.Doc == "docs/editors.md") >= 7, string.Join(", ", DocExamples.All));
        Assert.All(DocExamples.All.Where(e => !e.Valid), e => Assert.True(e.Messages.Count > 0, $"{e.Name}: the example names no message for {e.File} in the code block after it"));
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public async Task A_documented_example_gives_exactly_the_documented_messages(string name)
    {
        var example = DocExamples.All.Single(e => e.Name == name);
        using var site = Repo.CopySample();
        var path = site.PathOf(example.File);
        site.Write(example.File, example.Apply(File.Exists(path) ? File.ReadAllText(path) : null));

        var result = await SiteBuilder.BuildAsync(new BuildOptions { Root = site.Root, DryRun = true, MaxParallelism = 2 });
        var found = result.Diagnostics.Where(d => d.Location.Path == example.File).ToList();
        var text = site.Read(example.File);
        if (example.Valid)
        {
            Assert.True(result.Succeeded, $"{name} should build, but:\n{string.Join("\n", result.Diagnostics.Where(d => d.IsError))}\n--- {example.File}\n{text}");
            return;
        }

        foreach (var m in example.Messages)
        {
            Assert.True(
                found.Any(d => Same(d, m)),
                $"{name} documents\n  {m}\nbut the build gives for {example.File}:\n  {string.Join("\n  ", found)}\n--- {example.File}\n{text}");
        }

        var undocumented = found.Where(d => d.IsError && !example.Messages.Any(m => Same(d, m))).ToList();
        Assert.True(undocumented.Count == 0, $"{name}: the build gives errors the doc does not show:\n  {string.Join("\n  ", undocumented)}");
    }

    private static bool Same(Diagnostic d, DocMessage m) =>
        d.Code == m.Code
        && (d.IsError ? "error" : "warning") == m.Severity
        && d.Location.Line == (m.Line ?? 0)
        && d.Location.Column == (m.Column ?? 0)
        && d.Message == m.Message;
}
