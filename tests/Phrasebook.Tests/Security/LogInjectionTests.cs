using System.Text.Json;
using Phrasebook.Diagnostics;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 6: content cannot start a GitHub Actions workflow command or drive the terminal. A pull
/// request plants a line break followed by `::error` / `::add-mask::`, ESC and BEL in a key, an id and
/// a file name; `build` and every format of `check` print them escaped, and JSON stays JSON.
/// </summary>
public sealed class LogInjectionTests : IDisposable
{
    private const string Folder = "input/industries/logistics/";
    private const string PlantedName = "note\n::error title=pwned::file\u001b[2J\u0007.txt";
    private readonly SiteFixture _site = new();

    public LogInjectionTests()
    {
        // A key and an id with a YAML escape for LF (ESC and BEL in a YAML text are refused first, as PB051,
        // without echoing the text: see Control_characters_in_content_are_refused_not_echoed); a file whose
        // name holds LF, ESC and BEL raw.
        _site.WriteTerm("vat.yml", SiteFixture.Vat + "\n\"x\\n::error title=pwned::key\": 1\n");
        _site.WriteTerm("injected.yml", SiteFixture.FreightCharge.Replace("id: freight-charge", "id: \"bad\\n::add-mask::id\"", StringComparison.Ordinal));
        _site.Write(Folder + PlantedName, "an ignored file");
    }

    public void Dispose() => _site.Dispose();

    [Theory]
    [InlineData("human")]
    [InlineData("github")]
    public async Task Check_prints_content_escaped_so_no_line_is_a_workflow_command(string format)
    {
        var (code, output, error) = await Phrasebook.Tests.Cli.Cli.Run("check", "--root", _site.Root, "--format", format);

        Assert.Equal(1, code);
        AssertInert(output + error, ownCommands: format == "github");
        Assert.Contains(format == "github" ? "%0A::add-mask::id" : "\\n::add-mask::id", output, StringComparison.Ordinal);
        Assert.Contains(format == "github" ? "note%0A%3A%3Aerror title=pwned%3A%3Afile\\u001B[2J\\u0007.txt" : "note\\n::error title=pwned::file\\u001B[2J\\u0007.txt", output, StringComparison.Ordinal);
        Assert.Contains(format == "github" ? "x%0A::error title=pwned::key" : "x\\n::error title=pwned::key", output, StringComparison.Ordinal);
        Assert.Contains(Codes.UnknownKey, output, StringComparison.Ordinal);
        Assert.Contains(Codes.InvalidId, output, StringComparison.Ordinal);
        Assert.Contains(Codes.IgnoredFile, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Build_prints_content_escaped()
    {
        var before = PlantedSite.Tree(_site.OutputFolder, "output").ToList();

        var (code, output, error) = await Phrasebook.Tests.Cli.Cli.Run("build", "--root", _site.Root);

        Assert.Equal(1, code);
        AssertInert(output + error, ownCommands: false);
        Assert.Contains("input/industries/logistics/injected.yml:1:5: error PB004: 'bad\\n::add-mask::id'", error, StringComparison.Ordinal);
        Assert.Contains("input/industries/logistics/note\\n::error title=pwned::file\\u001B[2J\\u0007.txt: warning PB104", output, StringComparison.Ordinal);
        Assert.Equal(before, PlantedSite.Tree(_site.OutputFolder, "output").ToList());
    }

    [Fact]
    public async Task Json_keeps_the_text_exact_and_stays_json()
    {
        var (code, output, _) = await Phrasebook.Tests.Cli.Cli.Run("check", "--root", _site.Root, "--format", "json");

        Assert.Equal(1, code);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u0007', output);
        using var json = JsonDocument.Parse(output);
        var items = json.RootElement.GetProperty("diagnostics").EnumerateArray().ToList();
        Assert.Contains(items, d => d.GetProperty("file").GetString() == Folder + PlantedName && d.GetProperty("code").GetString() == Codes.IgnoredFile);
        Assert.Contains(items, d => d.GetProperty("message").GetString()!.Contains("bad\n::add-mask::id", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Control_characters_in_content_are_refused_not_echoed()
    {
        _site.WriteTerm("escape.yml", SiteFixture.FreightCharge.Replace("id: freight-charge", "id: \"esc\\x1b]0;title\\x07\"", StringComparison.Ordinal));

        var (code, output, error) = await Phrasebook.Tests.Cli.Cli.Run("check", "--root", _site.Root);

        Assert.Equal(1, code);
        AssertInert(output + error, ownCommands: false);
        Assert.Contains(Folder + "escape.yml:1:", output, StringComparison.Ordinal);
        Assert.Contains("error " + Codes.ControlCharacter, output, StringComparison.Ordinal);
        Assert.DoesNotContain("title\\u0007", output, StringComparison.Ordinal);
    }

    /// <summary>No raw control character but the line breaks between lines, and no line that GitHub reads as a command (except the github format's own).</summary>
    private static void AssertInert(string text, bool ownCommands)
    {
        foreach (var c in text.Where(c => c < ' ' && c != '\n'))
        {
            Assert.Fail($"raw control character U+{(int)c:X4} in:\n{text}");
        }

        foreach (var line in text.Split('\n').Where(l => l.TrimStart().StartsWith("::", StringComparison.Ordinal)))
        {
            Assert.True(ownCommands && (line.StartsWith("::error file=", StringComparison.Ordinal) || line.StartsWith("::warning file=", StringComparison.Ordinal)), $"a line is a workflow command: {line}\nin:\n{text}");
        }
    }
}
