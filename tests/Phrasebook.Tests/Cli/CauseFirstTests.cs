using System.Text.Json;
using Phrasebook.Cli;
using Phrasebook.Diagnostics;
using Phrasebook.Preview.Rebuilding;
using Phrasebook.Preview.Server;

namespace Phrasebook.Tests.Cli;

/// <summary>
/// The first thing every report prints is the mistake to fix first: errors before warnings, root causes
/// before what follows from them, whatever file and line they are on. The mistakes are the issue's: an
/// unquoted colon and a misspelt key, each in a later file than a warning, and a term id that is refused.
/// </summary>
public sealed class CauseFirstTests : IDisposable
{
    private const string Late = "input/industries/services/late-payment-interest.yml";
    private const string Fee = "input/industries/services/invoice-fee.yml";

    private readonly string _site = Path.Combine(Directory.CreateTempSubdirectory("phrasebook-cause-").FullName, "site");

    public CauseFirstTests()
    {
        Scaffold.Write(_site, "Acme", Scaffold.Languages);

        // A warning in a file that sorts before the broken one: invoice-fee.yml's term has no English.
        Edit(Fee, "  en: Invoice fee\n", "");
    }

    public void Dispose() => Directory.Delete(Path.GetDirectoryName(_site)!, recursive: true);

    public static TheoryData<string, string> Mistakes => new()
    {
        { "colon", $"{Late}:12:11: error PB001: YAML syntax error:" },
        { "sumary", $"{Late}:11:1: error PB002: Unknown key 'sumary' in a term." },
        { "invalid id", $"{Late}:2:5: error PB004: 'Late_Payment_Interest' is not a valid id" },
    };

    [Theory]
    [MemberData(nameof(Mistakes))]
    public async Task Check_prints_the_cause_first_in_every_format(string mistake, string cause)
    {
        Make(mistake);
        var location = cause[..cause.IndexOf(": ", StringComparison.Ordinal)].Split(':');
        var code = cause.Split(' ')[2].TrimEnd(':');

        var (exit, human, _) = await Cli.Run("check", "--root", _site);
        Assert.Equal(ExitCodes.ContentErrors, exit);
        var lines = human.Split('\n');
        Assert.Equal(Late, lines[0]);
        Assert.StartsWith("  " + cause, lines[1], StringComparison.Ordinal);

        var (_, github, _) = await Cli.Run("check", "--root", _site, "--format", "github");
        Assert.StartsWith($"::error file={Late},line={location[1]},col={location[2]},title={code}::", github, StringComparison.Ordinal);

        var (_, json, _) = await Cli.Run("check", "--root", _site, "--format", "json");
        var first = JsonDocument.Parse(json).RootElement.GetProperty("diagnostics")[0];
        Assert.Equal((code, Late, int.Parse(location[1], System.Globalization.CultureInfo.InvariantCulture)), (first.GetProperty("code").GetString(), first.GetProperty("file").GetString(), first.GetProperty("line").GetInt32()));

        // build prints errors on stderr and warnings on stdout: the cause is the first error line.
        var (_, _, error) = await Cli.Run("build", "--root", _site);
        Assert.StartsWith(cause, error, StringComparison.Ordinal);

        // The warning is still reported, after every error.
        Assert.Contains($"{Fee}:3:1: warning PB101", human, StringComparison.Ordinal);
        Assert.True(human.IndexOf("warning PB101", StringComparison.Ordinal) > human.LastIndexOf(": error PB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_term_refused_for_an_invalid_id_gives_one_error_not_one_per_reference()
    {
        Make("invalid id");

        var (_, json, _) = await Cli.Run("check", "--root", _site, "--format", "json");

        // invoice-fee.yml's related and three processes' links name 'late-payment-interest', the id the hint suggests.
        Assert.Equal(
            [("PB004", $"{Late}:2"), ("PB101", $"{Fee}:3")],
            Diagnostics(json).Select(d => (d.GetProperty("code").GetString(), $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}")));
    }

    [Fact]
    public async Task A_link_to_a_listed_term_refused_for_a_too_long_id_comes_after_it_as_its_consequence()
    {
        MakeTooLong();

        var (_, json, _) = await Cli.Run("check", "--root", _site, "--format", "json");
        var all = Diagnostics(json).Where(d => d.GetProperty("severity").GetString() == "error").ToList();
        Assert.Equal(
            [("PB053", $"{Extra}:6", null), ("PB019", "input/processes/invoicing.en.md:14", (string?)$"{Extra}:6:9")],
            all.Select(d => (d.GetProperty("code").GetString(), $"{d.GetProperty("file").GetString()}:{d.GetProperty("line").GetInt32()}", d.GetProperty("cause").GetString())));
        Assert.Equal(
            $"The link 'term:{LongId}' points to no term, because the term at {Extra}:6:9 was not read: its id '{LongId}' was refused there.",
            all[1].GetProperty("message").GetString());
        Assert.Equal("fix that id first, then point this link at the id chosen there", all[1].GetProperty("hint").GetString());
    }

    [Fact]
    public async Task The_preview_overlay_lists_the_refused_id_first_and_its_consequence_last()
    {
        MakeTooLong();
        var rebuilder = new SiteRebuilder(_site, maxParallelism: 2);

        var outcome = await rebuilder.RebuildAsync(["input/processes/invoicing.en.md"], CancellationToken.None);

        Assert.False(outcome.Succeeded);
        var errors = JsonDocument.Parse(ClientScript.ErrorsJson(outcome)).RootElement.GetProperty("errors").EnumerateArray();
        Assert.Equal(
            [(Codes.NameTooLong, $"{Extra}:6:9", null), (Codes.UnknownLinkTarget, "input/processes/invoicing.en.md:14:39", (string?)$"{Extra}:6:9")],
            errors.Select(e => (e.GetProperty("code").GetString(), e.GetProperty("location").GetString(), e.GetProperty("cause").GetString())));
    }

    private static string LongId => "late-payment-interest-" + new string('x', 90);

    private static List<JsonElement> Diagnostics(string json) => [.. JsonDocument.Parse(json).RootElement.GetProperty("diagnostics").EnumerateArray()];

    private const string Extra = "input/industries/services/extra.yml";

    /// <summary>
    /// A second term in a list, with an id of valid characters but too long (PB053), linked to from a process:
    /// the editor will choose a shorter id, so the link cannot be judged until then.
    /// </summary>
    private void MakeTooLong()
    {
        var term = "term: {nb: Ord, sv: Ord, en: Word}\n    summary: {nb: Kort., sv: Kort., en: Short.}\n";
        File.WriteAllText(Path.Combine(_site, Extra), $"terms:\n  - id: extra-term\n    {term}\n  - id: {LongId}\n    {term}");
        Edit("input/processes/invoicing.en.md", "(term:late-payment-interest)", $"(term:{LongId})");
    }

    private void Make(string mistake)
    {
        switch (mistake)
        {
            case "colon":
                Edit(Late, "  nb: Renter", "  nb: Merk: renter");
                break;
            case "sumary":
                Edit(Late, "summary:", "sumary:");
                break;
            default:
                Edit(Late, "id: late-payment-interest", "id: Late_Payment_Interest");
                break;
        }
    }

    private void Edit(string file, string from, string to)
    {
        var path = Path.Combine(_site, file);
        var text = File.ReadAllText(path);
        Assert.Contains(from, text, StringComparison.Ordinal);
        File.WriteAllText(path, text.Replace(from, to, StringComparison.Ordinal));
    }
}
