using System.Text;
using Phrasebook.Content.Yaml;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// Malformed YAML is the editor's everyday mistake: whatever the text, <see cref="YamlSourceReader"/> returns
/// a node or reports diagnostics, and never lets an exception out. The mutations are random but seeded, so a
/// failure names the case that can be replayed.
/// </summary>
public class YamlFuzzTests
{
    private const string Path = "input/industries/logistics/fuzz.yml";

    // Characters that matter to YAML's grammar, plus ordinary text.
    private const string Alphabet = "{}[]:#,'\"|>-?&*!%@`\\\t\n  abcæø1";

    public static TheoryData<int> Seeds() => [1, 2, 3, 4, 5];

    // A hang guard, not a timing: 500 small files take well under a second; how long they take is bench/'s business.
    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Seeds))]
    public async Task Mutated_term_files_give_a_node_or_errors_and_never_throw(int seed) => await Task.Run(() =>
    {
        var random = new Random(seed);
        var (read, refused) = (0, 0);
        for (var i = 0; i < 100; i++)
        {
            var text = Mutate(SiteFixture.FuelSurcharge, random);
            var bag = new DiagnosticBag();
            SourceNode? node = null;
            var thrown = Record.Exception(() => node = YamlSourceReader.Read(Path, text, bag));

            Assert.True(thrown is null, $"seed {seed}, case {i} threw {thrown}\ntext:\n{text}");
            Assert.True(node is not null || bag.HasErrors || IsBlank(text), $"seed {seed}, case {i}: no node and no error\ntext:\n{text}");
            // What YAML itself cannot parse is never read as if it could.
            Assert.False(YamlDotNetRejects(text) && !bag.HasErrors, $"seed {seed}, case {i}: a syntax error passed without an error\ntext:\n{text}");
            var lines = text.Split('\n').Length;
            Assert.All(bag.ToSortedList(), d => Assert.True(
                d.Location.Path == Path && d.Location.Line >= 1 && d.Location.Line <= lines + 1 && d.Code.StartsWith("PB", StringComparison.Ordinal) && d.Message.Length > 0,
                $"seed {seed}, case {i}: {d}\ntext:\n{text}"));
            read += node is not null && !bag.HasErrors ? 1 : 0;
            refused += bag.HasErrors ? 1 : 0;
        }

        // Both ways out are taken, so the mutations reach the reader's error paths and not only its happy one.
        Assert.True(read > 0 && refused > 0, $"seed {seed}: {read} read, {refused} refused");
    });

    [Fact]
    public void The_unmutated_file_reads_without_diagnostics()
    {
        var bag = new DiagnosticBag();

        var node = YamlSourceReader.Read(Path, SiteFixture.FuelSurcharge, bag);

        Assert.IsType<MappingNode>(node);
        Assert.Empty(bag.ToSortedList());
    }

    /// <summary>YamlDotNet's own parser, run over every event, fails on the text.</summary>
    private static bool YamlDotNetRejects(string text)
    {
        try
        {
            var parser = new YamlDotNet.Core.Parser(new StringReader(text));
            while (parser.MoveNext())
            {
            }

            return false;
        }
        catch (Exception e) when (e is YamlDotNet.Core.YamlException or InvalidOperationException)
        {
            return true;
        }
    }

    /// <summary>One to four edits: insert, delete or replace a character, duplicate or drop a line, cut the end.</summary>
    private static string Mutate(string text, Random random)
    {
        var s = new StringBuilder(text);
        var edits = random.Next(1, 5);
        for (var e = 0; e < edits && s.Length > 0; e++)
        {
            var at = random.Next(s.Length);
            switch (random.Next(6))
            {
                case 0:
                    s.Insert(at, Alphabet[random.Next(Alphabet.Length)]);
                    break;
                case 1:
                    s.Remove(at, 1);
                    break;
                case 2:
                    s[at] = Alphabet[random.Next(Alphabet.Length)];
                    break;
                case 3:
                    var (start, end) = LineAround(s, at);
                    s.Insert(start, s.ToString(start, end - start));
                    break;
                case 4:
                    var (from, to) = LineAround(s, at);
                    s.Remove(from, to - from);
                    break;
                default:
                    s.Length = at;
                    break;
            }
        }

        return s.ToString();
    }

    /// <summary>The line holding index <paramref name="at"/>, with its newline.</summary>
    private static (int Start, int End) LineAround(StringBuilder s, int at)
    {
        var text = s.ToString();
        var start = text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;
        var end = text.IndexOf('\n', at);
        return (start, end < 0 ? text.Length : end + 1);
    }

    /// <summary>Nothing but whitespace and comments: YAML's empty stream, which the reader returns as null.</summary>
    private static bool IsBlank(string text) =>
        text.Split('\n').All(line => line.TrimStart(' ', '\t').Length == 0 || line.TrimStart(' ', '\t').StartsWith('#'));
}
