using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// Writes a generated document as an editor would: block style, or with flow style (<c>{nb: x}</c>,
/// <c>[a, b]</c>) for maps and lists of plain values; texts unquoted where YAML 1.2 reads them as
/// the same text, double-quoted otherwise.
/// </summary>
internal static partial class YamlWriter
{
    public static string Write(JsonNode node, bool flow)
    {
        var sb = new StringBuilder();
        Block(node, 0, sb, flow);
        return sb.ToString();
    }

    private static void Block(JsonNode? node, int indent, StringBuilder sb, bool flow)
    {
        var pad = new string(' ', indent);
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    sb.Append(pad).Append(key).Append(':');
                    Child(value, indent, sb, flow);
                }

                break;
            case JsonArray a:
                foreach (var item in a)
                {
                    sb.Append(pad).Append('-');
                    if (item is JsonObject { Count: > 0 } io)
                    {
                        // `- key: value`, the other keys under the first.
                        var inner = new StringBuilder();
                        Block(io, indent + 2, inner, flow);
                        sb.Append(' ').Append(inner.ToString()[(indent + 2)..]);
                    }
                    else
                    {
                        Child(item, indent, sb, flow);
                    }
                }

                break;
        }
    }

    private static void Child(JsonNode? value, int indent, StringBuilder sb, bool flow)
    {
        if (value is JsonObject { Count: > 0 } or JsonArray { Count: > 0 } && !(flow && Flat(value)))
        {
            sb.Append('\n');
            Block(value, indent + 2, sb, flow);
        }
        else
        {
            sb.Append(' ').Append(Inline(value)).Append('\n');
        }
    }

    private static bool Flat(JsonNode node) => node switch
    {
        JsonObject o => o.All(p => p.Value is null or JsonValue && (p.Value is null || Plain(p.Value.ToString()))),
        JsonArray a => a.All(v => v is JsonValue && Plain(v.ToString())),
        _ => false,
    };

    private static string Inline(JsonNode? value) => value switch
    {
        null => "",
        JsonObject o => "{" + string.Join(", ", o.Select(p => $"{p.Key}: {Inline(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(", ", a.Select(Inline)) + "]",
        JsonValue v when v.TryGetValue<string>(out var s) => Plain(s) ? s : JsonSerializer.Serialize(s),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        _ => value.ToJsonString(),
    };

    /// <summary>A text YAML 1.2 reads unquoted as that same text, in block and in flow style.</summary>
    private static bool Plain(string s) => PlainText().IsMatch(s) && !Special().IsMatch(s);

    [GeneratedRegex(@"^[\p{L}][\p{L}\p{N} ._-]*(?<! )$")]
    private static partial Regex PlainText();

    [GeneratedRegex("^(true|True|TRUE|false|False|FALSE|null|Null|NULL)$")]
    private static partial Regex Special();
}
