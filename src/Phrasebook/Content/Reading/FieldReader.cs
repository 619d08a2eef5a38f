using System.Collections.Immutable;
using System.Globalization;
using Phrasebook.Content.Model;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Reading;

/// <summary>
/// Reads typed values out of <see cref="SourceNode"/>s. Every mismatch becomes a diagnostic at the
/// value's own line, and reading goes on, so one run reports every mistake in a file.
/// </summary>
public sealed class FieldReader(DiagnosticBag diagnostics, ImmutableArray<string> languages)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public string DefaultLanguage => languages[0];

    public MappingNode? Mapping(SourceNode? node, string what, SourceLocation where)
    {
        switch (node)
        {
            case MappingNode m:
                return m;
            case null:
            case ScalarNode { IsNull: true }:
                diagnostics.Error(Codes.WrongType, node?.Location ?? where, $"{what} is empty.", "write `key: value` lines");
                return null;
            default:
                diagnostics.Error(Codes.WrongType, node.Location, $"{what} must be a mapping (key: value lines), not {node.Kind}.", "write its keys on the lines below it, indented by two spaces, one `key: value` a line");
                return null;
        }
    }

    /// <summary>
    /// Reports every key that is not in <paramref name="known"/>, with the closest known key. Returns the
    /// mapping to read on: a misspelt key whose closest known key is not in the mapping is read as that
    /// key, so one typo (`sumary:`) gives one error, not also "no summary" and "not translated".
    /// </summary>
    public MappingNode CheckKeys(MappingNode map, IReadOnlyCollection<string> known, string what)
    {
        var renamed = new Dictionary<ScalarNode, string>();
        foreach (var (key, _) in map.Entries)
        {
            if (!known.Contains(key.Value))
            {
                var suggestion = Suggest.Closest(key.Value, known);
                var hint = suggestion is { } s
                    ? $"did you mean '{s}'?"
                    : $"known keys: {string.Join(", ", known)}";
                diagnostics.Error(Codes.UnknownKey, key.Location, $"Unknown key '{key.Value}' in {what}.", hint);
                if (suggestion is not null && map[suggestion] is null)
                {
                    renamed[key] = suggestion;
                }
            }
        }

        // Two typos of the same key stay unread: which one was meant is not clear.
        var once = renamed.GroupBy(r => r.Value).Where(g => g.Count() == 1).ToDictionary(g => g.Single().Key, g => g.Key);
        return once.Count == 0 ? map : map with
        {
            Entries = [.. map.Entries.Select(e => once.TryGetValue(e.Key, out var name) ? KeyValuePair.Create(e.Key with { Value = name }, e.Value) : e)],
        };
    }

    public ScalarNode? Scalar(SourceNode? node, string field)
    {
        switch (node)
        {
            case null:
            case ScalarNode { IsNull: true }:
                return null;
            case ScalarNode s:
                return s;
            default:
                diagnostics.Error(Codes.WrongType, node.Location, $"'{field}' must be a text value, not {node.Kind}.", node is SequenceNode ? $"write one text: `{field}: text` (quote it if it holds a comma or ': ')" : $"write the text on the same line: `{field}: text`");
                return null;
        }
    }

    public string? Text(SourceNode? node, string field) => Scalar(node, field)?.Value;

    public string? Id(SourceNode? node, string field, string what, SourceLocation where, bool required = true)
    {
        var s = Scalar(node, field);
        if (s is null)
        {
            if (required)
            {
                diagnostics.Error(Codes.MissingField, node?.Location ?? where, $"{what} has no '{field}'.", $"add `{field}: my-id` (lower-case letters, digits and dashes)");
            }

            return null;
        }

        if (!Ids.IsValid(s.Value))
        {
            diagnostics.Error(Codes.InvalidId, s.Location, $"'{s.Value}' is not a valid {field}: use only lower-case letters a-z, digits and dashes.", $"for example '{Ids.Suggestion(s.Value)}'");
            return null;
        }

        if (Ids.TooLong(s.Value, field) is { } tooLong)
        {
            diagnostics.Error(Codes.NameTooLong, s.Location, tooLong, "use a shorter id");
            return null;
        }

        return s.Value;
    }

    public Reference? IdReference(SourceNode? node, string field, string what, SourceLocation where) =>
        Id(node, field, what, where, required: false) is { } id ? new Reference(id, node!.Location) : null;

    public ImmutableArray<Reference> IdList(SourceNode? node, string field, string what) =>
        [.. List(node, field).Select(n => IdReference(n, field, what, n.Location)).OfType<Reference>()];

    public ImmutableArray<SourceNode> List(SourceNode? node, string field)
    {
        switch (node)
        {
            case null:
            case ScalarNode { IsNull: true }:
                return [];
            case SequenceNode seq:
                return seq.Items;
            case ScalarNode s:
                return [s];
            default:
                diagnostics.Error(Codes.WrongType, node.Location, $"'{field}' must be a list, not {node.Kind}.", $"write `{field}: [a, b]` or one `- item` per line");
                return [];
        }
    }

    public ImmutableArray<ScalarNode> Strings(SourceNode? node, string field) =>
        [.. List(node, field).Select(n => Scalar(n, field)).OfType<ScalarNode>()];

    public bool Bool(SourceNode? node, string field, bool fallback)
    {
        var s = Scalar(node, field);
        if (s is null)
        {
            return fallback;
        }

        if (TrueWords.Contains(s.Value))
        {
            return true;
        }

        if (FalseWords.Contains(s.Value))
        {
            return false;
        }

        diagnostics.Error(Codes.WrongType, s.Location, $"'{field}' must be true or false, not '{s.Value}'.", $"write `{field}: {(fallback ? "false" : "true")}`, or leave the key out for {(fallback ? "true" : "false")}");
        return fallback;
    }

    /// <summary>
    /// The spellings of true and false: YAML 1.2's (what editors' language servers read as booleans) and
    /// YAML 1.1's yes/no/on/off, in the three casings YAML knows. The schemas' "boolean" definition lists
    /// the same words (a test checks it), so the editor and the build accept the same values.
    /// </summary>
    public static readonly string[] TrueWords = ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"];

    public static readonly string[] FalseWords = ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"];

    public int? Integer(SourceNode? node, string field)
    {
        var s = Scalar(node, field);
        if (s is null)
        {
            return null;
        }

        if (int.TryParse(s.Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var v))
        {
            return v;
        }

        diagnostics.Error(Codes.WrongType, s.Location, $"'{field}' must be a whole number, not '{s.Value}'.", $"write digits only, such as `{field}: 2`");
        return null;
    }

    public DateOnly? Date(SourceNode? node, string field)
    {
        var s = Scalar(node, field);
        if (s is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(s.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
        {
            return d;
        }

        diagnostics.Error(Codes.InvalidDate, s.Location, $"'{s.Value}' is not a valid date.", "write dates as YYYY-MM-DD, e.g. 2026-01-31");
        return null;
    }

    /// <summary>
    /// The scalar as written, for a value with a link in it (an id-link error points inside the value), and
    /// without the rest of the file: the content is kept for the whole build, and every scalar of a file
    /// holding the file's text kept all term files in memory (200 MB at 10,000 terms).
    /// </summary>
    private static ScalarSource? Locatable(ScalarNode s) => IdLink.MayAppearIn(s.Value) ? s.Source?.Detached() : null;

    /// <summary>A plain string (the default language) or a map from language code to string.</summary>
    public LocalizedText Localized(SourceNode? node, string field)
    {
        switch (node)
        {
            case null:
            case ScalarNode { IsNull: true }:
                return LocalizedText.Empty;
            case ScalarNode s when string.IsNullOrWhiteSpace(s.Value):
                // A text of blanks shows nothing: it is missing, and a required one is reported as such.
                return LocalizedText.Empty;
            case ScalarNode s:
                return new LocalizedText(Single(DefaultLanguage, new LocalizedString(s.Value, s.ContentStart) { Source = Locatable(s) }), s.Location);
            case MappingNode m:
                var builder = ImmutableSortedDictionary.CreateBuilder<string, LocalizedString>(StringComparer.Ordinal);
                foreach (var (lang, value) in m.Entries)
                {
                    if (Language(lang) && Scalar(value, $"{field}.{lang.Value}") is { IsNull: false } v && !string.IsNullOrWhiteSpace(v.Value))
                    {
                        builder[lang.Value] = new LocalizedString(v.Value, v.ContentStart) { Source = Locatable(v) };
                    }
                }

                return new LocalizedText(builder.ToImmutable(), m.Location);
            default:
                diagnostics.Error(Codes.WrongType, node.Location, $"'{field}' must be a text or a map from language to text, not {node.Kind}.", $"write `{field}: text` or `{field}: {{{DefaultLanguage}: text}}`");
                return LocalizedText.Empty;
        }
    }

    /// <summary>A plain list (the default language) or a map from language code to list.</summary>
    public LocalizedList LocalizedList(SourceNode? node, string field)
    {
        var builder = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<LocalizedString>>(StringComparer.Ordinal);
        if (node is MappingNode m)
        {
            foreach (var (lang, value) in m.Entries)
            {
                // `sv:` left empty is a language not written yet, as in a text (not an empty list of words).
                if (Language(lang) && value is not ScalarNode { IsNull: true })
                {
                    builder[lang.Value] = [.. Strings(value, $"{field}.{lang.Value}").Select(s => new LocalizedString(s.Value, s.Location))];
                }
            }

            return new LocalizedList(builder.ToImmutable(), m.Location);
        }

        var items = Strings(node, field);
        if (items.IsEmpty)
        {
            return Model.LocalizedList.Empty;
        }

        builder[DefaultLanguage] = [.. items.Select(s => new LocalizedString(s.Value, s.Location))];
        return new LocalizedList(builder.ToImmutable(), node!.Location);
    }

    private bool Language(ScalarNode key)
    {
        if (languages.Contains(key.Value))
        {
            return true;
        }

        var hint = Suggest.Closest(key.Value, languages) is { } s
            ? $"did you mean '{s}'? The site's languages are {string.Join(", ", languages)}"
            : $"the site's languages are {string.Join(", ", languages)} (Languages in statiq.json)";
        diagnostics.Error(Codes.UnknownLanguage, key.Location, $"'{key.Value}' is not one of the site's languages.", hint);
        return false;
    }

    private static ImmutableSortedDictionary<string, LocalizedString> Single(string lang, LocalizedString value) =>
        ImmutableSortedDictionary.Create<string, LocalizedString>(StringComparer.Ordinal).Add(lang, value);
}
