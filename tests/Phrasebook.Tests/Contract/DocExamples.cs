using System.Text.RegularExpressions;

namespace Phrasebook.Tests.Contract;

/// <summary>A message a doc example promises: the file, line and column, the code and the text.</summary>
public sealed record DocMessage(string Path, int? Line, int? Column, string Severity, string Code, string Message)
{
    public override string ToString() => $"{Path}{(Line is { } l ? $":{l}" : "")}{(Column is { } c ? $":{c}" : "")}: {Severity} {Code}: {Message}";
}

/// <summary>
/// An example of docs/errors.md or docs/editors.md, marked by its code block's info string:
/// <c>```yaml example file=input/... replace=12-13</c> (or <c>replace=all</c>, <c>replace=end</c>), and
/// <c>valid</c> when it must build. The next unmarked code block holds the messages it gives; those naming
/// the example's file are the ones it must give, exactly.
/// </summary>
public sealed record DocExample(string Doc, int DocLine, string File, string Replace, bool Valid, string Text, IReadOnlyList<DocMessage> Messages)
{
    public string Name => $"{Doc}:{DocLine}";

    public override string ToString() => Name;

    /// <summary>The file's text with the example applied.</summary>
    public string Apply(string? original)
    {
        if (Replace is "all" || original is null)
        {
            return Text;
        }

        if (Replace is "end")
        {
            return original.TrimEnd('\n') + "\n" + Text;
        }

        var lines = original.Split('\n').ToList();
        var range = Replace.Split('-');
        var from = int.Parse(range[0], System.Globalization.CultureInfo.InvariantCulture);
        var to = int.Parse(range[^1], System.Globalization.CultureInfo.InvariantCulture);
        lines.RemoveRange(from - 1, to - from + 1);
        lines.InsertRange(from - 1, Text.TrimEnd('\n').Split('\n'));
        return string.Join('\n', lines);
    }
}

public static partial class DocExamples
{
    public static IReadOnlyList<DocExample> All { get; } = [.. Read("docs/errors.md"), .. Read("docs/editors.md")];

    public static IEnumerable<DocExample> Read(string doc)
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, doc));
        var blocks = new List<(int Line, string Info, string Text)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (Fence().Match(lines[i]) is not { Success: true } open)
            {
                continue;
            }

            var indent = open.Groups["indent"].Value.Length;
            var body = new List<string>();
            var start = i;
            for (i++; i < lines.Length && !Regex.IsMatch(lines[i], @"^\s*```\s*$"); i++)
            {
                body.Add(lines[i].Length >= indent ? lines[i][indent..] : lines[i].TrimStart());
            }

            blocks.Add((start + 1, open.Groups["info"].Value.Trim(), string.Join('\n', body) + "\n"));
        }

        for (var b = 0; b < blocks.Count; b++)
        {
            var words = blocks[b].Info.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!words.Contains("example"))
            {
                continue;
            }

            var attributes = words.Where(w => w.Contains('=')).ToDictionary(w => w[..w.IndexOf('=')], w => w[(w.IndexOf('=') + 1)..]);
            var file = attributes["file"];
            var output = blocks.Skip(b + 1).FirstOrDefault(x => x.Info.Length == 0);
            var messages = output.Text is null ? [] : output.Text.Split('\n').Select(l => Message().Match(l)).Where(m => m.Success).Select(ToMessage).Where(m => m.Path == file).ToList();
            yield return new DocExample(doc, blocks[b].Line, file, attributes.GetValueOrDefault("replace", "all"), words.Contains("valid"), blocks[b].Text, messages);
        }
    }

    private static DocMessage ToMessage(Match m) => new(
        m.Groups["path"].Value,
        m.Groups["line"].Success ? int.Parse(m.Groups["line"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
        m.Groups["col"].Success ? int.Parse(m.Groups["col"].Value, System.Globalization.CultureInfo.InvariantCulture) : null,
        m.Groups["severity"].Value,
        m.Groups["code"].Value,
        m.Groups["message"].Value);

    [GeneratedRegex(@"^(?<indent>\s*)```(?<info>.*)$")]
    private static partial Regex Fence();

    [GeneratedRegex(@"^(?<path>[^\s:]+)(:(?<line>\d+)(:(?<col>\d+))?)?: (?<severity>error|warning) (?<code>PB\d+): (?<message>.*)$")]
    private static partial Regex Message();
}
