using Phrasebook.Cli;
using YamlDotNet.RepresentationModel;

namespace Phrasebook.Tests.Workflow;

/// <summary>
/// .github/workflows/phrasebook.yml cannot run here, so it is read: well-formed YAML, the jobs the issue
/// asks for on pull requests and on main, and CLI commands that really work on a clean phrasebook.
/// </summary>
public sealed class WorkflowTests
{
    /// <summary>The repository's launcher: builds the CLI in Release once, then runs it (see ./phrasebook).</summary>
    private const string CliPrefix = "./phrasebook ";

    private static readonly YamlMappingNode Workflow = Load();

    [Fact]
    public void It_runs_on_pull_requests_and_on_pushes_to_main()
    {
        var on = (YamlMappingNode)Workflow["on"];
        Assert.Contains(new YamlScalarNode("pull_request"), on.Children.Keys);
        Assert.Equal(["main"], Scalars(on["push"]["branches"]));
        Assert.Equal(["check", "test", "site"], ((YamlMappingNode)Workflow["jobs"]).Children.Keys.Select(k => k.ToString()));
    }

    [Fact]
    public void On_pull_requests_it_checks_strictly_with_annotations_then_builds()
    {
        var job = Job("check");
        Assert.Equal("github.event_name == 'pull_request'", job["if"].ToString());
        var runs = Runs(job);
        Assert.Equal([CliPrefix + "check --format github --strict", CliPrefix + "build"], runs);
        var build = Steps(job).Single(s => s.Children.TryGetValue("run", out var r) && r.ToString() == CliPrefix + "build");
        Assert.Equal("success() || failure()", build["if"].ToString());
    }

    [Fact]
    public void On_main_it_runs_the_tests_then_builds_and_uploads_output_as_the_pages_artifact()
    {
        var test = Job("test");
        Assert.Equal("github.event_name == 'push'", test["if"].ToString());
        Assert.Equal(["bash .ci/run"], Runs(test).Where(r => !r.StartsWith("apt-get", StringComparison.Ordinal) && !r.StartsWith("git config", StringComparison.Ordinal)));
        Assert.Contains("exec ./test.sh", File.ReadAllText(Path.Combine(Repo.Root, ".ci", "run")), StringComparison.Ordinal);
        Assert.Contains("dotnet test StaticSite.sln", File.ReadAllText(Path.Combine(Repo.Root, "test.sh")), StringComparison.Ordinal);

        var site = Job("site");
        Assert.Equal("github.event_name == 'push'", site["if"].ToString());
        Assert.Equal("test", site["needs"].ToString());
        var runs = Runs(site);
        Assert.Equal(CliPrefix + "build --update-permalinks", runs[0]);
        Assert.Contains("git commit", runs[1], StringComparison.Ordinal);
        Assert.Contains("-- permalinks.txt", runs[1], StringComparison.Ordinal);
        Assert.Equal(2, runs.Count);
        Assert.Equal("write", site["permissions"]["contents"].ToString());
        var upload = Steps(site).Last();
        Assert.Equal("actions/upload-pages-artifact@v3", upload["uses"].ToString());
        Assert.Equal("output/", upload["with"]["path"].ToString());
        Assert.Contains("\"OutputPath\": \"output\"", File.ReadAllText(Path.Combine(Repo.Root, "statiq.json")), StringComparison.Ordinal);
    }

    [Fact]
    public void Every_action_is_pinned_to_a_major_version_and_every_job_sets_up_dotnet_10()
    {
        foreach (var name in new[] { "check", "test", "site" })
        {
            var uses = Steps(Job(name)).Where(s => s.Children.ContainsKey("uses")).Select(s => s["uses"].ToString()).ToList();
            Assert.All(uses, u => Assert.Matches(@"^actions/[a-z-]+@v\d+$", u));
            var dotnet = Steps(Job(name)).Single(s => s.Children.TryGetValue("uses", out var u) && u.ToString() == "actions/setup-dotnet@v4");
            Assert.Equal("10.0.x", dotnet["with"]["dotnet-version"].ToString());
        }
    }

    [Fact]
    public void Every_checkout_has_the_full_history()
    {
        // "Last updated" dates come from git log: a shallow clone dates every file to the build's commit.
        foreach (var name in new[] { "check", "test", "site" })
        {
            var checkout = Steps(Job(name)).Single(s => s.Children.TryGetValue("uses", out var u) && u.ToString() == "actions/checkout@v4");
            Assert.Equal("0", checkout["with"]["fetch-depth"].ToString());
        }
    }

    [Fact]
    public void The_launcher_and_the_test_script_are_executable_bash()
    {
        foreach (var script in new[] { "phrasebook", "test.sh", ".ci/run" })
        {
            var path = Path.Combine(Repo.Root, script);
            Assert.StartsWith("#!/usr/bin/env bash\n", File.ReadAllText(path), StringComparison.Ordinal);
            if (!OperatingSystem.IsWindows())
            {
                Assert.True(File.GetUnixFileMode(path).HasFlag(UnixFileMode.UserExecute), $"{script} is not executable");
            }
        }
    }

    [Fact]
    public async Task Its_commands_pass_on_a_clean_phrasebook()
    {
        var parent = Directory.CreateTempSubdirectory("phrasebook-workflow-").FullName;
        try
        {
            var site = Path.Combine(parent, "site");
            Scaffold.Write(site, "Acme", Scaffold.Languages);
            foreach (var run in Runs(Job("check")).Concat(Runs(Job("site")).Take(1)))
            {
                var args = run[CliPrefix.Length..].Split(' ').Append("--root").Append(site).ToArray();
                var (code, output, error) = await Cli.Cli.Run(args);
                Assert.True(code == ExitCodes.Ok, $"{run}: exit {code}\n{output}\n{error}");
            }

            Assert.True(File.Exists(Path.Combine(site, "output", "index.html")));
        }
        finally
        {
            Directory.Delete(parent, recursive: true);
        }
    }

    private static YamlMappingNode Load()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Repo.Root, ".github", "workflows", "phrasebook.yml"))));
        Assert.Single(stream.Documents);
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Job(string name) => (YamlMappingNode)Workflow["jobs"][name];

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static List<string> Runs(YamlMappingNode job) =>
        [.. Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString())];

    private static List<string> Scalars(YamlNode node) => [.. ((YamlSequenceNode)node).Select(n => n.ToString())];
}
