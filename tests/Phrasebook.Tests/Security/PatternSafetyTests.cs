using System.Text.RegularExpressions;
using Phrasebook.Diagnostics;
using Phrasebook.InvoiceCodes.Rules;
using Phrasebook.Tests.Validation;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 4: a pull request cannot commit a code pattern that freezes readers' tabs. Patterns outside
/// the safe subset are PB011 at the pattern, with how to fix it; a match that times out in .NET is
/// PB031, at the pattern (validation) and at a code: link, never a crash.
/// </summary>
public sealed class PatternSafetyTests : IDisposable
{
    private const string File = "input/industries/logistics/family.yml";
    private readonly PlantedSite _site = new();

    public void Dispose() => _site.Dispose();

    public static TheoryData<string, string, string> Unsafe => new()
    {
        { @"([A-Z]+-?)+\d{2}", "a group that repeats something is itself repeated (nested quantifiers can take a browser minutes on a crafted code) (at character 11)", "repeat only single characters or classes" },
        { @"(\d+)*", "a group that repeats something is itself repeated", "e.g. '[A-Z0-9-]+'" },
        { @"FSC((-\d)?)+", "a group that repeats something is itself repeated", "repeat only single characters" },
        { @"(A|AA)+B", "a group with alternatives ('|') is itself repeated", "repeat only single characters" },
        { @"(FSC)-\1", "back-references are not allowed (at character 7)", "write the repeated part out again" },
        { @"(?=FSC)\w+", "lookahead and lookbehind are not allowed (at character 1)", "without conditions around it" },
        { @"FSC(?!-00)-\d{2}", "lookahead and lookbehind are not allowed (at character 4)", "without conditions around it" },
        { @"A{1000}", "a repetition count is above 50 (at character 2)", "use counts of at most 50" },
        { @"[A-Z]{2,500}", "a repetition count is above 50", "use counts of at most 50" },
        { @"(?>FSC)-\d{2}", "atomic groups are not allowed", "both .NET and browsers read" },
        { "FSC-" + new string('X', 100), "it is 104 characters long; patterns may be at most 100", "describe the code family more simply" },
    };

    [Theory]
    [MemberData(nameof(Unsafe))]
    public async Task An_unsafe_pattern_is_refused_at_its_place_with_how_to_fix_it(string pattern, string why, string fix)
    {
        await _site.WithPreviousOutputAsync();
        _site.Site.Write(File, Term("family", "FAM", pattern));

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.One(diagnostics, Codes.InvalidPattern, File, 6, 14, message: $"The pattern '{pattern}' is not usable: {why}", hint: fix);
    }

    [Theory]
    [InlineData(@"FSC-\d{2}")]
    [InlineData(@"MOMS \d+")]
    [InlineData(@"(FSC|BAF)-\d{2}")]
    [InlineData(@"[A-Z]{2,3}-\d{1,4}")]
    [InlineData(@"(AB)+-[0-9]{2}")]
    [InlineData(@"FRT(-\d+)?")]
    [InlineData(@"(X\d){2}")]
    [InlineData(@"[(]+\d")]
    public void A_safe_pattern_is_accepted(string pattern) => Assert.Null(CodePatterns.Check(pattern));

    [Fact]
    public void Codes_longer_than_the_bound_are_never_matched() =>
        Assert.False(CodePatterns.Matches(@"[A-Z]+", new string('A', CodePatterns.MaxCodeLength + 1)));

    [Fact]
    public async Task A_match_that_times_out_is_a_diagnostic_at_the_pattern_and_at_a_code_link()
    {
        // Stands a backtracking regular expression in for the pattern: the safe subset and the non-backtracking
        // engine keep real patterns from ever getting this slow, so only a stand-in can show the timeout path.
        const string Slow = @"SLOWTEST-\d{2}";
        // 200 ms: the crafted 41-character codes take 2^40 steps and always time out, while a short code such as
        // FRAKT (32 steps) never does, even on a loaded machine (at 1 ms a pause made FRAKT time out first).
        CodePatterns.Substitute(Slow, new Regex(@"^(?:(\w+)+!)$", RegexOptions.None, TimeSpan.FromMilliseconds(200)));
        var crafted = new string('A', 40) + "-";
        await _site.WithPreviousOutputAsync();
        _site.Site.Write(File, Term("family", "SLOWTEST", Slow));
        _site.Site.Write("input/industries/logistics/long.yml", Term("long-code", crafted, null));
        _site.Site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery + $"\nSe [koden](code:{new string('B', 40)}-).\n");

        var diagnostics = await _site.BuildFailsUntouchedAsync();

        DiagnosticAssert.At(diagnostics, Codes.PatternTimedOut, File, 6, 14, message: $"The pattern '{Slow}' took too long to match the code '{crafted}'", hint: "simplify the pattern");
        DiagnosticAssert.At(diagnostics, Codes.PatternTimedOut, "input/processes/delivery.nb.md", 10, 4, message: $"against the pattern '{Slow}' ({File}:6:14) took too long");
    }

    private static string Term(string id, string code, string? pattern) => $"""
        id: {id}
        term: {"{"}nb: Familie, sv: Familj, en: Family{"}"}
        summary: {"{"}nb: Et gebyr., sv: En avgift., en: A fee.{"}"}
        invoice:
          codes: ['{code}']
        {(pattern is null ? "" : $"  patterns: ['{pattern}']")}
        """;
}
