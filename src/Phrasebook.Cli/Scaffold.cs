using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Phrasebook.Content.Model;

namespace Phrasebook.Cli;

/// <summary>
/// Writes a fresh phrasebook from the templates embedded in this assembly: settings, three roles, one
/// industry, two terms, one process and the home text, plus the default theme, the JSON Schemas and the
/// VS Code settings that give editors autocompletion, the editors' docs, the GitHub workflow of the
/// pull-request checks and an empty permalinks.txt that the first build fills. Texts exist in
/// <see cref="Languages"/>; the files keep only the languages asked for.
/// </summary>
public static class Scaffold
{
    /// <summary>The languages the example texts are written in.</summary>
    public static readonly string[] Languages = ["nb", "sv", "en"];

    private const string ResourcePrefix = "template/";

    private static readonly Dictionary<string, string> TitleFormats = new(StringComparer.Ordinal)
    {
        ["nb"] = "{0} – ordbok for kunder",
        ["sv"] = "{0} – ordlista för kunder",
        ["en"] = "{0} – customer phrasebook",
    };

    private static readonly Dictionary<string, string> Contact = new(StringComparer.Ordinal)
    {
        ["nb"] = "Spørsmål? Skriv til kundeservice.",
        ["sv"] = "Frågor? Skriv till kundtjänst.",
        ["en"] = "Questions? Write to customer service.",
    };

    private static readonly UTF8Encoding Utf8 = new(false);

    /// <summary>Writes the site into <paramref name="folder"/> (which must be empty); returns the files written, relative and sorted.</summary>
    public static List<string> Write(string folder, string name, IReadOnlyList<string> languages)
    {
        var written = new List<string>();
        void Save(string relative, byte[] bytes)
        {
            var path = Path.Combine(folder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
            written.Add(relative);
        }

        var assembly = typeof(Scaffold).Assembly;
        foreach (var resource in assembly.GetManifestResourceNames().Where(n => n.StartsWith(ResourcePrefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal))
        {
            var relative = resource[ResourcePrefix.Length..].Replace('\\', '/');
            if (LanguageOf(relative) is { } lang && !languages.Contains(lang))
            {
                continue;
            }

            using var stream = assembly.GetManifestResourceStream(resource)!;
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            var bytes = copy.ToArray();
            if (relative.StartsWith("input/", StringComparison.Ordinal) && relative.EndsWith(".yml", StringComparison.Ordinal))
            {
                bytes = Utf8.GetBytes(KeepLanguages(Utf8.GetString(bytes), languages));
            }

            Save(relative, bytes);
        }

        Save("statiq.json", Utf8.GetBytes(Settings(name, languages)));
        // The lock of published addresses: the first build fills it, so the site is guarded from then on.
        Save(Phrasebook.Permalinks.PermalinkFile.FileName, Utf8.GetBytes(Phrasebook.Permalinks.PermalinkFile.Empty.WithAdded([])));
        // .output.previous: the replaced site that the next build reuses (see StagedOutput);
        // .phrasebook-tool: where the workflow checks out the phrasebook tool; .phrasebook: the build cache.
        Save(".gitignore", Utf8.GetBytes("output/\n.output.previous/\n.output.staging-*/\n.phrasebook-tool/\n.phrasebook/\n"));
        written.Sort(StringComparer.Ordinal);
        return written;
    }

    /// <summary>The language of a Markdown file named &lt;id&gt;.&lt;lang&gt;.md, or null.</summary>
    private static string? LanguageOf(string relative)
    {
        var parts = Path.GetFileName(relative).Split('.');
        return relative.StartsWith("input/", StringComparison.Ordinal) && parts is [_, var lang, "md"] ? lang : null;
    }

    /// <summary>
    /// Drops the lines of the example languages that were not asked for (`  sv: ...`), with any lines
    /// indented below them. The templates write every language on a line of its own for this.
    /// </summary>
    public static string KeepLanguages(string yaml, IReadOnlyList<string> languages)
    {
        var kept = new StringBuilder();
        int? dropBelow = null;
        foreach (var line in yaml.Split('\n').SkipLast(1))
        {
            var indent = line.Length - line.TrimStart(' ').Length;
            if (dropBelow is { } d && (line.Trim().Length == 0 || indent > d))
            {
                continue;
            }

            dropBelow = null;
            var key = line.TrimStart(' ').Split(':', 2)[0];
            if (Languages.Contains(key) && !languages.Contains(key) && line.Contains(':', StringComparison.Ordinal))
            {
                dropBelow = indent;
                continue;
            }

            kept.Append(line).Append('\n');
        }

        return kept.ToString();
    }

    private static string Settings(string name, IReadOnlyList<string> languages)
    {
        JsonObject PerLanguage(Func<string, string> text) => new(languages.Select(l => KeyValuePair.Create(l, (JsonNode?)text(l))));
        var settings = new JsonObject
        {
            [SettingsKeys.SiteTitle] = PerLanguage(l => string.Format(System.Globalization.CultureInfo.InvariantCulture, TitleFormats[l], name)),
            [SettingsKeys.Host] = "help.example.com",
            [SettingsKeys.LinksUseHttps] = true,
            [SettingsKeys.LinkRoot] = "/",
            [SettingsKeys.Languages] = new JsonArray([.. languages.Select(l => (JsonNode?)l)]),
            [SettingsKeys.Theme] = "default",
            [SettingsKeys.OutputPath] = "output",
            [SettingsKeys.Contact] = PerLanguage(l => Contact[l]),
        };
        return settings.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
    }
}
