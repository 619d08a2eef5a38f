using System.Text;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// Mutations that know the shape of the content: YAML lines (keys, values, indentation), Markdown bodies
/// (blocks and inline marks), and statiq.json values. Each returns the new text and a short description
/// for the failure message. Payloads include the inputs issue #23 found crashing or hanging.
/// </summary>
internal static class SiteMutations
{
    private static string Repeat(string s, int n) => string.Concat(Enumerable.Repeat(s, n));

    /// <summary>Values for a YAML key: wrong types, hostile Markdown, control characters, limits just over.</summary>
    private static readonly string[] YamlValues =
    [
        "", "'   '", "~", "[a, b]", "{x: y}", "{nb: '', sv: ' '}", "\"\\x01\"", "\"ny \\u0007 pris\"", "\"\\uFFFE\"", "\"a\\x85b\"",
        "\"" + Repeat(">", 40) + " x\"", "\"" + Repeat("- ", 70) + "x\"", "\"" + Repeat("![", 200) + "\"", "\"" + Repeat("*a ", 300) + "\"",
        "\"" + Repeat("[x](", 3000) + "\"", new string('a', 12_000), "\"[x](term:no-such-term)\"", "\"[x](code:NOPE)\"",
        "\"[x](javascript:alert(1))\"", "\"<script>alert(1)</script>\"", "&anchor x", "*alias", "!!python/object x", "2026-13-45",
        "-1", "99999999999999999999", new string('a', 150), "'FSC-\\d{2}'", "[" + new string('[', 40) + new string(']', 40) + "]",
        "|\n  " + Repeat("> ", 35) + "x", ">\n  folded\n  text", "\"" + Repeat("# h\\n", 600) + "\"", "[FSC, FSC]", "'MOMS 25%'",
        "current", "deprecated", "[fuel-surcharge]", "[vat, vat]", "\"Œ Ł Ð Þ\"",
    ];

    /// <summary>Lines for a Markdown body.</summary>
    private static readonly string[] MarkdownLines =
    [
        Repeat(">", 40) + " deep", Repeat("- ", 70) + "x", Repeat("[", 200), Repeat("*a ", 400), Repeat("[x](", 3000),
        new string('b', 12_000), Repeat("# h\n", 600), "a\u0001b", "a\uFFFEb", "|a|b|\n|-|-|\n|c|d|", "<div onclick=x>hi</div>",
        "[x](term:no-such-term)", "![x](javascript:alert(1))", "```", "---", "[x](<code:MOMS 25%>)", "[x](process:nowhere)",
        Repeat("  ", 40) + "- indented", "* * *", "1) " + Repeat("1. ", 40) + "x", Repeat("~~a ", 50), "\\", "&#0;", "&#x110000;",
    ];

    private const string YamlAlphabet = "{}[]:#,'\"|>-?&*!%@`\\\t\n  abcæø1";
    private const string MarkdownAlphabet = "*_[]()!<>#`~|\\-+=.\n  abæ1";

    public static (string Text, string What) Mutate(string file, string text, Random random)
    {
        if (file.EndsWith(".json", StringComparison.Ordinal))
        {
            return Json(text, random);
        }

        if (file.EndsWith(".md", StringComparison.Ordinal))
        {
            return random.Next(4) == 0 ? Yaml(text, random) : Markdown(text, random);
        }

        return Yaml(text, random);
    }

    private static (string, string) Yaml(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var at = random.Next(lines.Count);
        switch (random.Next(9))
        {
            case 0:
                lines.RemoveAt(at);
                return (Join(lines), $"line {at + 1} removed");
            case 1:
                lines.Insert(at, lines[at]);
                return (Join(lines), $"line {at + 1} doubled");
            case 2:
                lines[at] = random.Next(3) switch { 0 => "  " + lines[at], 1 => lines[at].TrimStart(), _ => "\t" + lines[at] };
                return (Join(lines), $"line {at + 1} indented differently");
            case 3 or 4 or 5:
                var colon = lines[at].IndexOf(": ", StringComparison.Ordinal);
                var value = YamlValues[random.Next(YamlValues.Length)];
                lines[at] = colon >= 0 ? lines[at][..(colon + 2)] + value : lines[at] + ": " + value;
                return (Join(lines), $"line {at + 1} value '{Clip(value)}'");
            case 6:
                var key = random.Next(2) == 0 ? "summary" : "zz_" + random.Next(100);
                var payload = YamlValues[random.Next(YamlValues.Length)];
                lines.Insert(at, $"{key}: {payload}");
                return (Join(lines), $"key '{key}: {Clip(payload)}' at line {at + 1}");
            case 7:
                var cut = random.Next(text.Length + 1);
                return (text[..cut], $"cut at {cut}");
            default:
                var s = new StringBuilder(text);
                var pos = random.Next(s.Length + 1);
                var c = YamlAlphabet[random.Next(YamlAlphabet.Length)];
                s.Insert(pos, c);
                return (s.ToString(), $"'{c}' inserted at {pos}");
        }
    }

    private static (string, string) Markdown(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var bodyStart = Math.Min(lines.Count, lines.FindIndex(1, l => l == "---") + 1);
        var at = random.Next(bodyStart, lines.Count + 1);
        switch (random.Next(6))
        {
            case 0 or 1 or 2:
                var line = MarkdownLines[random.Next(MarkdownLines.Length)];
                lines.Insert(at, line);
                return (Join(lines), $"body line {at + 1} '{Clip(line)}'");
            case 3:
                if (at < lines.Count)
                {
                    lines.Insert(at, lines[at]);
                }

                return (Join(lines), $"line {at + 1} doubled");
            case 4:
                var s = new StringBuilder(text);
                for (var n = random.Next(1, 20); n > 0; n--)
                {
                    s.Insert(random.Next(s.Length + 1), MarkdownAlphabet[random.Next(MarkdownAlphabet.Length)]);
                }

                return (s.ToString(), "Markdown marks inserted");
            default:
                var cut = random.Next(text.Length + 1);
                return (text[..cut], $"cut at {cut}");
        }
    }

    /// <summary>statiq.json: values replaced or lines dropped; OutputPath is left alone (it decides where output/ is).</summary>
    private static (string, string) Json(string text, Random random)
    {
        var lines = text.Split('\n').ToList();
        var candidates = Enumerable.Range(0, lines.Count).Where(i => !lines[i].Contains("OutputPath", StringComparison.Ordinal)).ToList();
        var at = candidates[random.Next(candidates.Count)];
        string[] values = ["\"\\u0001\"", "\"\"", "-1", "0", "999999999", "null", "[]", "{}", "\"" + Repeat("> ", 40) + "x\"", "\"" + new string('a', 12_000) + "\"", "\"\\uFFFE\"", "true", "\"../..\""];
        switch (random.Next(3))
        {
            case 0:
                lines.RemoveAt(at);
                return (Join(lines), $"line {at + 1} removed");
            default:
                var colon = lines[at].IndexOf("\": ", StringComparison.Ordinal);
                if (colon < 0)
                {
                    lines.Insert(at, lines[at]);
                    return (Join(lines), $"line {at + 1} doubled");
                }

                var value = values[random.Next(values.Length)];
                var comma = lines[at].TrimEnd().EndsWith(',') ? "," : "";
                lines[at] = lines[at][..(colon + 3)] + value + comma;
                return (Join(lines), $"line {at + 1} value {Clip(value)}");
        }
    }

    private static string Join(List<string> lines) => string.Join('\n', lines);

    private static string Clip(string s) => (s.Length > 40 ? s[..40] + $"... ({s.Length} chars)" : s).Replace("\n", "\\n", StringComparison.Ordinal);
}
