using System.Text.RegularExpressions;
using Phrasebook.Cli;
using YamlDotNet.RepresentationModel;

namespace Phrasebook.Tests.Cli;

/// <summary>
/// A site made by `new` is ready for pull requests: its permalink lock is filled by the first build and
/// guards from then on, its workflow checks pull requests strictly on the full history and locks new
/// addresses on main, and every doc that the tool's hints name exists in it.
/// </summary>
public sealed partial class NewSiteReadyTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("phrasebook-ready-").FullName;

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    private string Site => Path.Combine(_parent, "acme");

    [Fact]
    public async Task The_first_build_fills_permalinks_txt_and_a_renamed_term_then_fails_the_build()
    {
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", Site, "--name", "Acme")).Code);
        var lockFile = Path.Combine(Site, "permalinks.txt");
        Assert.True(File.Exists(lockFile), "new wrote no permalinks.txt");
        Assert.DoesNotContain(File.ReadAllLines(lockFile), l => l.StartsWith('/'));

        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), await Check());
        var build = await Cli.Run("build", "--root", Site);
        Assert.True(build.Code == ExitCodes.Ok, build.Err);
        Assert.Contains("permalinks.txt: ", build.Out, StringComparison.Ordinal);
        var locked = File.ReadAllLines(lockFile).Where(l => l.StartsWith('/')).ToList();
        Assert.Contains("/nb/terms/invoice-fee/", locked);
        Assert.Contains("/en/terms/late-payment-interest/", locked);
        Assert.Contains("/c/fee/", locked);
        Assert.Equal((ExitCodes.Ok, "No errors (0 warning(s)). The site can be built.\n"), await Check());

        // A term renamed everywhere but without redirect_from now loses a published address: the check of the pull request fails.
        foreach (var file in Directory.GetFiles(Path.Combine(Site, "input"), "*", SearchOption.AllDirectories))
        {
            File.WriteAllText(file, File.ReadAllText(file).Replace("invoice-fee", "paper-invoice-fee", StringComparison.Ordinal));
        }

        var term = Path.Combine(Site, "input", "industries", "services", "invoice-fee.yml");
        File.Move(term, Path.Combine(Path.GetDirectoryName(term)!, "paper-invoice-fee.yml"));
        var (code, output) = await Check();
        Assert.Equal(ExitCodes.ContentErrors, code);
        Assert.Matches(@"permalinks\.txt:\d+:1: error PB029: The build no longer makes /nb/terms/invoice-fee/", output);
    }

    [Fact]
    public async Task Its_workflow_checks_pull_requests_strictly_on_the_full_history_and_locks_new_addresses_on_main()
    {
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", Site)).Code);
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(Site, ".github", "workflows", "phrasebook.yml"))));
        var workflow = (YamlMappingNode)stream.Documents.Single().RootNode;
        var jobs = (YamlMappingNode)workflow["jobs"];

        var check = (YamlMappingNode)jobs["check"];
        Assert.Equal("github.event_name == 'pull_request'", check["if"].ToString());
        Assert.Contains(".phrasebook-tool/phrasebook check --format github --strict", Runs(check));
        var site = (YamlMappingNode)jobs["site"];
        Assert.Equal("github.event_name == 'push'", site["if"].ToString());
        Assert.Equal("write", site["permissions"]["contents"].ToString());
        var runs = Runs(site);
        Assert.Contains(".phrasebook-tool/phrasebook build --update-permalinks", runs);
        Assert.Contains(runs, r => r.Contains("git commit", StringComparison.Ordinal) && r.Contains("-- permalinks.txt", StringComparison.Ordinal) && r.Contains("git push", StringComparison.Ordinal));

        foreach (var job in new[] { check, site })
        {
            var checkouts = Steps(job).Where(s => s.Children.TryGetValue("uses", out var u) && u.ToString() == "actions/checkout@v4").ToList();
            // The site's own checkout has the full history ("last updated" dates come from git log) ...
            var own = Assert.Single(checkouts, s => !((YamlMappingNode)s["with"]).Children.ContainsKey("repository"));
            Assert.Equal("0", own["with"]["fetch-depth"].ToString());
            // ... and the tool comes from the repository the variables name, into the folder .gitignore ignores.
            var tool = Assert.Single(checkouts, s => ((YamlMappingNode)s["with"]).Children.ContainsKey("repository"));
            Assert.Equal("${{ env.PHRASEBOOK_REPOSITORY }}", tool["with"]["repository"].ToString());
            Assert.Equal(".phrasebook-tool", tool["with"]["path"].ToString());
        }

        Assert.Equal("${{ vars.PHRASEBOOK_REPOSITORY }}", workflow["env"]["PHRASEBOOK_REPOSITORY"].ToString());
        Assert.Contains(".phrasebook-tool/", File.ReadAllLines(Path.Combine(Site, ".gitignore")));
    }

    [Fact]
    public async Task Every_doc_the_tools_messages_name_exists_in_the_new_site_and_its_doc_links_resolve()
    {
        Assert.Equal(ExitCodes.Ok, (await Cli.Run("new", Site)).Code);
        var src = Path.Combine(Repo.Root, "src");
        var named = Directory.GetFiles(src, "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => DocPath().Matches(File.ReadAllText(f)).Select(m => m.Value))
            .Distinct()
            .ToList();
        Assert.Contains("docs/readability.md", named);
        Assert.All(named, doc => Assert.True(File.Exists(Path.Combine(Site, doc)), $"{doc} is named by the tool but missing in a new site"));

        foreach (var doc in Directory.GetFiles(Path.Combine(Site, "docs"), "*.md"))
        {
            foreach (Match link in RelativeLink().Matches(File.ReadAllText(doc)))
            {
                var target = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(doc)!, link.Groups[1].Value));
                Assert.True(File.Exists(target), $"{Path.GetFileName(doc)} links to {link.Groups[1].Value}, which a new site does not have");
            }
        }
    }

    private async Task<(int Code, string Out)> Check()
    {
        var (code, output, _) = await Cli.Run("check", "--root", Site, "--strict");
        return (code, output.Replace("\r\n", "\n", StringComparison.Ordinal));
    }

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode job) => ((YamlSequenceNode)job["steps"]).Cast<YamlMappingNode>();

    private static List<string> Runs(YamlMappingNode job) =>
        [.. Steps(job).Where(s => s.Children.ContainsKey("run")).Select(s => s["run"].ToString())];

    [GeneratedRegex(@"docs/[a-z0-9-]+\.md")]
    private static partial Regex DocPath();

    /// <summary>Markdown links to a file beside or below the doc (not URLs, anchors or term:/code: links).</summary>
    [GeneratedRegex(@"\]\(([a-z0-9./-]+\.md)(?:#[^)]*)?\)")]
    private static partial Regex RelativeLink();
}
