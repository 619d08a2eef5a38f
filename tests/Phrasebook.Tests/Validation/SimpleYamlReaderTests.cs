using System.Reflection;
using System.Text;
using Phrasebook.Content.Yaml;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// <see cref="SimpleYamlReader"/> stands in for YamlDotNet on plain term files: whatever text it accepts, it
/// must build the very nodes the YamlDotNet path builds (values, lines, columns, scalar sources), and that
/// path must have nothing to report on it. Everything else it must leave to YamlDotNet.
/// </summary>
public sealed class SimpleYamlReaderTests
{
    private const string Path = "input/industries/logistics/term.yml";

    // The shape of a generated term file: nested mappings, quoted and plain values, flow lists, literal blocks.
    private const string Term = """
        # yaml-language-server: $schema=../../../schemas/term.schema.json
        id: term-04923
        abbreviation: CMR
        summary: Papiret som følger varene, fra hvem (og) til hvem.
        term:
          # a comment between keys
          sv: Till gift väg
          da: {nb: "Giftlagerre motsend.", sv: Väg dieselnad paller, en: x}
          nb: "For billagervare"
          en: "Or folceiv: surfol #1"
        customer_words:
          nb: ["pall", "økforkost"]
          en: [delivlow, CMR note, a.b]
        explanation:
          nb: |
            Bilkunde bil ing. Legg legg tilfor.
              Mer innrykk.

            Nytt avsnitt.


          en: |
            Feelowor tollfol.
        roles:
          finance:
            nb: "Ordtak pris."
        invoice:
          codes: ["C04923"]
          example: "C04923  Line text  123,45"
        related: [term-04894, term-04890]
        processes: []
        changes:
          - date: 2026-04-13
            note: {nb: "Gift lager.", sv: plain text}
          - date: 2026-01-01
            note:
              nb: x
          - "quoted item"
          - plain item
          - [a, b]
        other: x.y_z-1
        notes: |
          At the end of the file.

        """;

    public static TheoryData<string> Accepted() =>
    [
        Term,
        "id: a\n",
        "a: |\n  x\n",
        "a:\n  b:\n    c: \"d\"\n  e: f\n",
        "\n\nid: a\n\n",
        "a: {b: c}\n",
        "# c\nlist:\n  - a: 1\n    b: 2\n  - c\n# end\n",
        "- id: finance\n  name: {nb: Finance, sv: Finance}\n- id: user\n",
    ];

    public static TheoryData<string> Refused() =>
    [
        "id: a # comment\n",
        "id: \"a\\tb\"\n",
        "a:\n\tb: c\n",
        "a: b\na: c\n",
        "- a\nb: c\n",
        "a: |-\n  x\n",
        "a: 'b'\n",
        "id: a",
        "a: b \n",
        "a:\n   \n  b: c\n",
        "a: \"x\ny\"\n",
        "",
        "# only a comment\n",
        "a: b: c\n",
        "a: x #c\n",
        "a: {b: c, b: d}\n",
        "a:\n- b\n",
        "a: [b ]\n",
        "a: |\n    x\n  # c\n",
        "a: b\n  c\n",
        "a: |\n",
        "a:\n",
        "a: [b,\n",
    ];

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Plain_files_are_read_as_YamlDotNet_reads_them(string text)
    {
        Assert.True(SimpleYamlReader.TryRead(Path, text, out var node));
        AssertAsYamlDotNet(text, node);
    }

    [Theory]
    [MemberData(nameof(Refused))]
    public void Anything_else_is_left_to_YamlDotNet(string text) =>
        Assert.False(SimpleYamlReader.TryRead(Path, text, out _));

    // The shape of roles.yml: a list of mappings at the top.
    private const string Roles = """
        - id: finance
          name: {nb: Finance, sv: "Finans", en: Finance}
          description:
            nb: Rolle finance.
        # the next role
        - id: user
          name: {nb: User}

        """;

    public static TheoryData<string> Shapes() => [Term, Roles];

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Mutated_files_it_accepts_are_read_as_YamlDotNet_reads_them(string shape)
    {
        const string alphabet = " :\"[],|\n-_.#'\\abcæ1{}";
        var random = new Random(5);
        var accepted = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var s = new StringBuilder(shape);
            for (var e = random.Next(1, 4); e > 0 && s.Length > 0; e--)
            {
                var at = random.Next(s.Length);
                switch (random.Next(3))
                {
                    case 0:
                        s.Insert(at, alphabet[random.Next(alphabet.Length)]);
                        break;
                    case 1:
                        s.Remove(at, 1);
                        break;
                    default:
                        s[at] = alphabet[random.Next(alphabet.Length)];
                        break;
                }
            }

            var text = s.ToString();
            if (SimpleYamlReader.TryRead(Path, text, out var node))
            {
                accepted++;
                AssertAsYamlDotNet(text, node);
            }
        }

        Assert.True(accepted > 2_000, $"only {accepted} mutated files were accepted");
    }

    private static void AssertAsYamlDotNet(string text, SourceNode? node)
    {
        var bag = new DiagnosticBag();
        var expected = YamlSourceReader.ReadWithYamlDotNet(Path, text, bag, out _);
        Assert.True(bag.ToSortedList().Count == 0, $"YamlDotNet reports {string.Join("; ", bag.ToSortedList())} on:\n{text}");
        AssertSame(expected, node, text);
    }

    private static void AssertSame(SourceNode? expected, SourceNode? actual, string text)
    {
        Assert.True(expected?.GetType() == actual?.GetType(), $"{expected} vs {actual} in:\n{text}");
        Assert.True(expected?.Location == actual?.Location, $"{expected?.Location} vs {actual?.Location} in:\n{text}");
        switch (expected)
        {
            case ScalarNode e:
                var a = (ScalarNode)actual!;
                Assert.True((e.Value, e.IsPlain, e.IsBlock) == (a.Value, a.IsPlain, a.IsBlock), $"{e} vs {a} in:\n{text}");
                Assert.True(Fields(e.Source) == Fields(a.Source), $"{Fields(e.Source)} vs {Fields(a.Source)} in:\n{text}");
                break;
            case SequenceNode e:
                var items = ((SequenceNode)actual!).Items;
                Assert.True(e.Items.Length == items.Length, $"list at {e.Location} in:\n{text}");
                for (var i = 0; i < items.Length; i++)
                {
                    AssertSame(e.Items[i], items[i], text);
                }

                break;
            case MappingNode e:
                var entries = ((MappingNode)actual!).Entries;
                Assert.True(e.Entries.Length == entries.Length, $"mapping at {e.Location} in:\n{text}");
                for (var i = 0; i < entries.Length; i++)
                {
                    AssertSame(e.Entries[i].Key, entries[i].Key, text);
                    AssertSame(e.Entries[i].Value, entries[i].Value, text);
                }

                break;
        }
    }

    /// <summary>What a scalar source holds: its text (by length, it is the file), start, end, location and style.</summary>
    private static string Fields(ScalarSource? source) =>
        source is null
            ? "null"
            : string.Join("|", typeof(ScalarSource).GetFields(BindingFlags.Instance | BindingFlags.NonPublic)
                .Select(f => f.GetValue(source) is string s ? s.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) : f.GetValue(source)?.ToString()));
}
