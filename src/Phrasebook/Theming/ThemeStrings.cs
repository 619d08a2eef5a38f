using System.Collections.Frozen;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Theming;

/// <summary>strings/&lt;lang&gt;.yml of the theme, with overrides/strings/&lt;lang&gt;.yml replacing single keys.</summary>
internal static class ThemeStrings
{
    public static FrozenDictionary<string, FrozenDictionary<string, string>> Load(string root, ThemeFiles files, IEnumerable<string> languages, DiagnosticBag diagnostics)
    {
        var result = new Dictionary<string, FrozenDictionary<string, string>>(StringComparer.Ordinal);
        var english = ReadLanguage(root, files, "en", diagnostics);
        result["en"] = english.ToFrozenDictionary(StringComparer.Ordinal);
        foreach (var lang in languages.Where(l => l != "en"))
        {
            var own = ReadLanguage(root, files, lang, diagnostics);
            if (own.Count == 0)
            {
                diagnostics.Warning(Codes.ThemeError, new SourceLocation(Path.GetRelativePath(root, Path.Combine(files.ThemeFolder, "strings")).Replace('\\', '/')), $"The theme has no UI strings for '{lang}'; English labels are shown.", $"add strings/{lang}.yml to the theme or to overrides/");
            }

            // A key the language lacks falls back to English.
            var merged = new Dictionary<string, string>(english, StringComparer.Ordinal);
            foreach (var (k, v) in own)
            {
                merged[k] = v;
            }

            result[lang] = merged.ToFrozenDictionary(StringComparer.Ordinal);
        }

        return result.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static Dictionary<string, string> ReadLanguage(string root, ThemeFiles files, string lang, DiagnosticBag diagnostics)
    {
        var merged = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var folder in new[] { files.ThemeFolder, files.OverridesFolder })
        {
            var path = Path.Combine(folder, "strings", lang + ".yml");
            if (Content.Files.SiteFiles.IsThere(path))
            {
                Read(Path.GetRelativePath(root, path).Replace('\\', '/'), path, merged, diagnostics);
            }
        }

        return merged;
    }

    private static void Read(string relative, string path, Dictionary<string, string> into, DiagnosticBag diagnostics)
    {
        var text = SourceText.Read(path, relative, diagnostics);
        if (text is null || YamlSourceReader.Read(relative, text, diagnostics) is not { } node)
        {
            return;
        }

        if (node is not MappingNode map)
        {
            diagnostics.Error(Codes.ThemeError, node.Location, "UI strings must be `key: text` lines.");
            return;
        }

        foreach (var (key, value) in map.Entries)
        {
            if (value is ScalarNode s)
            {
                into[key.Value] = s.Value;
            }
            else
            {
                diagnostics.Error(Codes.ThemeError, value.Location, $"The UI string '{key.Value}' must be a text.");
            }
        }
    }
}
