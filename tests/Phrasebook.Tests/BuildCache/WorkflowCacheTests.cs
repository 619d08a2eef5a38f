using Phrasebook.Cli;
using YamlDotNet.RepresentationModel;

namespace Phrasebook.Tests.BuildCache;

/// <summary>The repository's workflow and the one `new` writes restore the build cache and the last output before checking or building, and save them after.</summary>
public sealed class WorkflowCacheTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("phrasebook-workflow-cache-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    public static TheoryData<string> Workflows => ["repository", "new"];

    [Theory]
    [MemberData(nameof(Workflows))]
    public void Every_job_that_checks_or_builds_restores_the_cache_and_the_output_first(string which)
    {
        var jobs = (YamlMappingNode)Load(which)["jobs"];
        foreach (var name in new[] { "check", "site" })
        {
            var steps = ((YamlSequenceNode)jobs[name]["steps"]).Cast<YamlMappingNode>().ToList();
            var cache = Assert.Single(steps, s => s.Children.TryGetValue("uses", out var u) && u.ToString() == "actions/cache@v4");
            var paths = cache["with"]["path"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal([".phrasebook/cache", "output"], paths);

            // Keyed on the tool's sources and the branch (and the commit, so every run saves); falling back to the branch, main, anything.
            var key = cache["with"]["key"].ToString();
            Assert.Contains("hashFiles(", key, StringComparison.Ordinal);
            Assert.Contains("github.head_ref || github.ref_name", key, StringComparison.Ordinal);
            Assert.EndsWith("${{ github.sha }}", key, StringComparison.Ordinal);
            var restore = cache["with"]["restore-keys"].ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            Assert.Equal(key[..^"${{ github.sha }}".Length], restore[0]);
            Assert.Contains(restore, r => r.EndsWith("-main-", StringComparison.Ordinal));

            var first = steps.FindIndex(s => s.Children.TryGetValue("run", out var r) && r.ToString().Contains("phrasebook ", StringComparison.Ordinal)
                && (r.ToString().Contains(" check", StringComparison.Ordinal) || r.ToString().Contains(" build", StringComparison.Ordinal)));
            Assert.InRange(steps.IndexOf(cache), 0, first - 1);
        }
    }

    [Fact]
    public void A_new_site_ignores_the_cache()
    {
        var site = Path.Combine(_parent, "site");
        Scaffold.Write(site, "Acme", Scaffold.Languages);
        Assert.Contains(".phrasebook/", File.ReadAllLines(Path.Combine(site, ".gitignore")));
        Assert.Contains("/.phrasebook/", File.ReadAllLines(Path.Combine(Phrasebook.Testing.Repo.Root, ".gitignore")));
    }

    private YamlMappingNode Load(string which)
    {
        var path = Path.Combine(Phrasebook.Testing.Repo.Root, ".github", "workflows", "phrasebook.yml");
        if (which == "new")
        {
            var site = Path.Combine(_parent, "new");
            Scaffold.Write(site, "Acme", Scaffold.Languages);
            path = Path.Combine(site, ".github", "workflows", "phrasebook.yml");
        }

        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(path)));
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }
}
