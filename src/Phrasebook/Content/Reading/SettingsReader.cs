using System.Collections.Immutable;
using System.Text.Json;
using System.Text.RegularExpressions;
using Phrasebook.Content.Files;
using Phrasebook.Content.Model;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Reading;

/// <summary>statiq.json: checked as strict JSON first (exact JSON errors), then read with positions.</summary>
public static partial class SettingsReader
{
    public const string FileName = "statiq.json";

    public static readonly string[] Keys = SettingsKeys.All;

    public static Settings? Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        var where = new SourceLocation(FileName);
        if (!SiteFiles.IsThere(path))
        {
            diagnostics.Error(Codes.MissingInput, where, $"There is no {FileName} in {root}.", "run the command in the site's folder, or pass --root <folder>");
            return null;
        }

        var text = SourceText.Read(path, FileName, diagnostics);
        if (text is null || !IsJson(text, diagnostics))
        {
            return null;
        }

        var before = diagnostics.ErrorCount;
        if (YamlSourceReader.Read(FileName, text, diagnostics) is not MappingNode map)
        {
            if (diagnostics.ErrorCount > before)
            {
                return null;
            }

            diagnostics.Error(Codes.InvalidSettings, new SourceLocation(FileName, 1, 1), $"{FileName} must hold one JSON object.");
            return null;
        }

        var languages = ReadLanguages(map, diagnostics);
        if (languages.IsEmpty)
        {
            return null;
        }

        var fields = new FieldReader(diagnostics, languages);
        fields.CheckKeys(map, Keys, FileName);
        var title = fields.Localized(map[SettingsKeys.SiteTitle], SettingsKeys.SiteTitle);
        if (!title.Has(languages[0]))
        {
            diagnostics.Error(Codes.InvalidSettings, map[SettingsKeys.SiteTitle]?.Location ?? map.Location, $"SiteTitle has no text in the default language ({languages[0]}).", $"add \"SiteTitle\": {{\"{languages[0]}\": \"...\"}}");
        }

        var errors = diagnostics.ErrorCount;
        var settings = new Settings
        {
            SiteTitle = title,
            Languages = languages,
            Host = Checked(fields, map[SettingsKeys.Host], SettingsKeys.Host, HostRegex(), "a host name such as help.example.com, without https:// or a path") ?? "localhost",
            LinksUseHttps = fields.Bool(map[SettingsKeys.LinksUseHttps], SettingsKeys.LinksUseHttps, true),
            LinkRoot = NormalizeLinkRoot(Checked(fields, map[SettingsKeys.LinkRoot], SettingsKeys.LinkRoot, LinkRootRegex(), "a path such as / or /help/") ?? "/"),
            Theme = Checked(fields, map[SettingsKeys.Theme], SettingsKeys.Theme, ThemeRegex(), "a folder name under themes/") ?? "default",
            OutputPath = OutputPath(fields, map[SettingsKeys.OutputPath]),
            EditLink = Checked(fields, map[SettingsKeys.EditLink], SettingsKeys.EditLink, EditLinkRegex(), "an http(s) URL containing {path}"),
            Contact = fields.Localized(map[SettingsKeys.Contact], SettingsKeys.Contact),
            FeedbackEmail = Checked(fields, map[SettingsKeys.FeedbackEmail], SettingsKeys.FeedbackEmail, EmailRegex(), "an e-mail address such as editors@example.com"),
            BrandColor = Checked(fields, map[SettingsKeys.BrandColor], SettingsKeys.BrandColor, ColorRegex(), "a hex colour such as #0b4f6c") ?? "#0b4f6c",
            Logo = Checked(fields, map[SettingsKeys.Logo], SettingsKeys.Logo, AssetRegex(), "a path under input/, such as assets/logo.svg"),
            LixThreshold = fields.Integer(map[SettingsKeys.LixThreshold], SettingsKeys.LixThreshold) ?? 40,
            RolePageSize = PageSize(fields, map[SettingsKeys.RolePageSize]),
        };
        return diagnostics.ErrorCount > errors ? null : settings;
    }

    private static bool IsJson(string text, DiagnosticBag diagnostics)
    {
        try
        {
            using var _ = JsonDocument.Parse(text);
            return true;
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            diagnostics.Error(Codes.InvalidSettings, new SourceLocation(FileName, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1), $"{FileName} is not valid JSON: {(cut > 0 ? message[..cut] : message)}", "check for a missing comma or quote, or a comma before } or ]");
            return false;
        }
    }

    private static ImmutableArray<string> ReadLanguages(MappingNode map, DiagnosticBag diagnostics)
    {
        if (map[SettingsKeys.Languages] is not SequenceNode { Items.Length: > 0 } seq)
        {
            diagnostics.Error(Codes.InvalidSettings, map[SettingsKeys.Languages]?.Location ?? map.Location, "Languages must list at least one language code; the first is the default.", "for example \"Languages\": [\"nb\", \"sv\", \"en\"]");
            return [];
        }

        var languages = ImmutableArray.CreateBuilder<string>();
        foreach (var item in seq.Items)
        {
            if (item is not ScalarNode s || !LanguageRegex().IsMatch(s.Value))
            {
                diagnostics.Error(Codes.InvalidSettings, item.Location, "A language must be a lower-case code such as nb, sv, da or en.");
            }
            else if (languages.Contains(s.Value))
            {
                diagnostics.Error(Codes.InvalidSettings, item.Location, $"The language '{s.Value}' is listed twice.");
            }
            else
            {
                languages.Add(s.Value);
            }
        }

        return languages.Count == seq.Items.Length ? languages.ToImmutable() : [];
    }

    private static string OutputPath(FieldReader fields, SourceNode? node)
    {
        var s = fields.Scalar(node, SettingsKeys.OutputPath);
        if (s is not null && OutputPathRule.Problem(s.Value) is { } problem)
        {
            var shown = s.Value.Length > 80 ? s.Value[..80] + "…" : s.Value;
            fields.Diagnostics.Error(Codes.InvalidSettings, s.Location, $"OutputPath '{shown}' is not allowed: {problem}.", "name a folder of its own inside the site, such as output or public");
            return "output";
        }

        return s?.Value ?? "output";
    }

    private static int PageSize(FieldReader fields, SourceNode? node)
    {
        var size = fields.Integer(node, SettingsKeys.RolePageSize);
        if (size < Settings.MinRolePageSize)
        {
            fields.Diagnostics.Error(Codes.InvalidSettings, node!.Location, $"RolePageSize must be at least {Settings.MinRolePageSize}, not {size}.", $"terms per role page, such as {Settings.DefaultRolePageSize} (the default); leave it out for the default");
        }

        return size ?? Settings.DefaultRolePageSize;
    }

    private static string? Checked(FieldReader fields, SourceNode? node, string key, Regex regex, string expected)
    {
        var s = fields.Scalar(node, key);
        if (s is null)
        {
            return null;
        }

        if (!regex.IsMatch(s.Value))
        {
            fields.Diagnostics.Error(Codes.InvalidSettings, s.Location, $"'{s.Value}' is not a valid {key}.", $"expected {expected}");
            return null;
        }

        return s.Value;
    }

    private static string NormalizeLinkRoot(string root) => "/" + root.Trim('/') + (root.Trim('/').Length > 0 ? "/" : "");

    [GeneratedRegex(@"^[a-z]{2,3}(-[a-z0-9]{2,8})?$")]
    private static partial Regex LanguageRegex();

    [GeneratedRegex(@"^[A-Za-z0-9.-]+(:[0-9]{1,5})?$")]
    private static partial Regex HostRegex();

    [GeneratedRegex(@"^/?([A-Za-z0-9._~-]+/)*[A-Za-z0-9._~-]*/?$")]
    private static partial Regex LinkRootRegex();

    [GeneratedRegex(@"^[a-z0-9][a-z0-9_-]*$")]
    private static partial Regex ThemeRegex();

    [GeneratedRegex(@"^https?://[^\s""'<>]+$")]
    private static partial Regex EditLinkRegex();

    [GeneratedRegex(@"^[^@\s""'<>?&#/]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")]
    private static partial Regex EmailRegex();

    [GeneratedRegex(@"^#([0-9a-fA-F]{3}|[0-9a-fA-F]{6}|[0-9a-fA-F]{8})$")]
    private static partial Regex ColorRegex();

    [GeneratedRegex(@"^(?!/)(?!.*\.\.)[A-Za-z0-9._/-]+$")]
    private static partial Regex AssetRegex();
}
