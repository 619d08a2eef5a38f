namespace Phrasebook.Lunr.Tests.Equivalence;

/// <summary>The C# index must be byte-identical to what lunr.js builds from the same documents.</summary>
public sealed class LunrEquivalenceTests(LunrOracleFixture oracle) : IClassFixture<LunrOracleFixture>
{
    public static TheoryData<string> JobNames() =>
        [.. from corpus in new[] { "generated", "edge", "glossary" }
            from language in LunrOracleFixture.Languages
            select $"{corpus}/{language}"];

    [Theory]
    [MemberData(nameof(JobNames))]
    public void Index_json_is_identical_to_lunr_js(string name)
    {
        var job = oracle.Jobs.Single(j => j.Name == name);
        var expected = oracle.Expected[name];

        var actual = job.BuildWithCSharp();

        if (actual != expected)
        {
            var at = FirstDifference(expected, actual);
            Assert.Fail($"{name}: first difference at char {at} of {expected.Length}/{actual.Length}\n" +
                $"lunr.js: …{Excerpt(expected, at)}…\nC#:      …{Excerpt(actual, at)}…");
        }

        Assert.StartsWith("{\"version\":\"2.3.9\",\"fields\":[", actual, StringComparison.Ordinal);
    }

    private static int FirstDifference(string a, string b)
    {
        var n = Math.Min(a.Length, b.Length);
        for (var i = 0; i < n; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return n;
    }

    private static string Excerpt(string s, int at) => s[Math.Max(0, at - 120)..Math.Min(s.Length, at + 120)];
}
