using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Phrasebook.Build;

namespace Phrasebook.Tests.Build;

/// <summary>The sample site of the repository, built once for all tests of a class.</summary>
public sealed class SampleBuild : IDisposable
{
    private readonly string _output = Directory.CreateTempSubdirectory("phrasebook-sample-").FullName;

    public SampleBuild()
    {
        Result = SiteBuilder.BuildAsync(new BuildOptions { Root = Repo.Root, Output = Path.Combine(_output, "site") }).GetAwaiter().GetResult();
    }

    public BuildResult Result { get; }

    public string Output => Path.Combine(_output, "site");

    public IDocument Page(string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Output, relative)));

    public void Dispose() => Directory.Delete(_output, recursive: true);
}
