using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Fluid;
using Fluid.Values;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Theming;

/// <summary>
/// A loaded theme: parsed page templates and layout, UI strings per language, and assets.
/// Templates are parsed once per build and rendered concurrently; output is HTML-encoded by default.
/// </summary>
public sealed class Theme
{
    public const string LayoutName = "_layout";

    /// <summary>The layout and one template per page type (docs/theming.md).</summary>
    public static readonly string[] RequiredTemplates =
        [LayoutName, "home", "term", "role", "industry", "process", "page", "az", "codes", "code", "notfound", "root", "search", "invoice", "changes", "redirect", "retired_code"];
    private const string FallbackLanguage = "en";

    /// <summary>Escapes what HTML needs escaped but leaves Nordic letters readable (HtmlEncoder.Default writes ø as &amp;#xF8;).</summary>
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly FluidParser Parser = new(new FluidParserOptions { AllowFunctions = false });

    private readonly FrozenDictionary<string, IFluidTemplate> _templates;
    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _strings;

    private readonly FrozenDictionary<string, string> _paths;

    private Theme(ThemeFiles files, FrozenDictionary<string, IFluidTemplate> templates, FrozenDictionary<string, string> paths, FrozenDictionary<string, FrozenDictionary<string, string>> strings, ImmutableArray<ThemeAsset> assets, ImmutableArray<string> scriptHashes)
    {
        Files = files;
        ScriptHashes = scriptHashes;
        _templates = templates;
        _paths = paths;
        _strings = strings;
        Assets = assets;
        Options = new TemplateOptions
        {
            FileProvider = new PartialFiles(files),
            MemberAccessStrategy = new UnsafeMemberAccessStrategy(),
            MaxRecursion = TemplateLimits.MaxRecursion,
            MaxSteps = TemplateLimits.MaxSteps,
            // Partials are parsed by Fluid when first rendered: they get the same bounds as the layouts.
            TemplateParsed = (_, template) => TemplateLimits.Bound(template),
        };
        Options.Filters.AddFilter("raw", PageContent.Raw);
        TemplateLimits.BoundFilters(Options.Filters);
        Options.ValueConverters.Add(value => value is Deferred deferred ? deferred.Value ?? NilValue.Instance : null);
    }

    public ThemeFiles Files { get; }

    public TemplateOptions Options { get; }

    public ImmutableArray<ThemeAsset> Assets { get; }

    /// <summary>SHA-256 (base64) of every inline script the templates write, sorted: the only inline scripts the pages' Content-Security-Policy lets run.</summary>
    public ImmutableArray<string> ScriptHashes { get; }

    /// <summary>The pages' Content-Security-Policy.</summary>
    public string ContentSecurityPolicy => Theming.ContentSecurityPolicy.ForPages(ScriptHashes);

    public static Theme? Load(string root, string name, IReadOnlyList<string> languages, DiagnosticBag diagnostics)
    {
        var folder = Path.Combine(root, "themes", name);
        if (!Directory.Exists(folder))
        {
            diagnostics.Error(Codes.ThemeError, new SourceLocation("statiq.json"), $"The theme '{name}' does not exist: there is no themes/{name}/ folder.", "set Theme in statiq.json to a folder under themes/");
            return null;
        }

        var files = new ThemeFiles(folder, Path.Combine(root, "overrides")) { Diagnostics = diagnostics };
        var errors = diagnostics.ErrorCount;
        foreach (var unreadable in files.Unreadable())
        {
            diagnostics.Error(Codes.ThemeError, new SourceLocation(Path.GetRelativePath(root, unreadable).Replace('\\', '/')), "The name of this theme file or folder is not UTF-8 text (the unreadable bytes are shown as \uFFFD).", "rename it with letters your editor shows correctly");
        }

        var templates = new Dictionary<string, IFluidTemplate>(StringComparer.Ordinal);
        var paths = new Dictionary<string, string>(StringComparer.Ordinal);
        var partials = files.List("partials").Select(p => p["partials/".Length..]).ToHashSet(StringComparer.Ordinal);
        var scriptHashes = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var rel in files.List("layouts").Concat(files.List("partials")).Where(p => p.EndsWith(".liquid", StringComparison.Ordinal)))
        {
            var path = files.Find(rel)!;
            var where = new SourceLocation(Path.GetRelativePath(root, path).Replace('\\', '/'));
            if (files.Read(rel) is not { } bytes)
            {
                continue;
            }

            var text = System.Text.Encoding.UTF8.GetString(bytes);
            var (hashes, dynamicAt) = Theming.ContentSecurityPolicy.InlineScripts(text);
            scriptHashes.UnionWith(hashes);
            foreach (var line in dynamicAt)
            {
                diagnostics.Error(Codes.ThemeError, where with { Line = line }, "This inline script holds Liquid markup, so its hash cannot be in the pages' Content-Security-Policy and browsers would not run it.", "put the value in a data- attribute of the script element and read it with document.currentScript.getAttribute(...), or move the script to a file under assets/");
            }

            if (!Parser.TryParse(text, out var template, out var error))
            {
                diagnostics.Error(Codes.TemplateError, where, $"The template cannot be parsed: {error}");
                continue;
            }

            foreach (var missing in PartialNames.Of(template).Where(p => !partials.Contains(PartialNames.FileName(p))).Distinct(StringComparer.Ordinal))
            {
                diagnostics.Error(Codes.TemplateError, where, $"The template renders the partial '{missing}', which is not in the theme's partials/ folder.", "name a partial of partials/ by its name without .liquid, e.g. {% render 'pager' %}");
            }

            if (rel.StartsWith("layouts/", StringComparison.Ordinal))
            {
                templates[Path.GetFileNameWithoutExtension(rel)] = TemplateLimits.Bound(template);
                paths[Path.GetFileNameWithoutExtension(rel)] = where.Path;
            }
        }

        foreach (var required in RequiredTemplates.Where(t => !templates.ContainsKey(t)))
        {
            diagnostics.Error(Codes.ThemeError, new SourceLocation($"themes/{name}/layouts"), $"The theme has no layouts/{required}.liquid.", "every page type needs its template; copy it from themes/default");
        }

        var strings = ThemeStrings.Load(root, files, languages.Append(FallbackLanguage).Distinct(), diagnostics);
        return diagnostics.ErrorCount > errors ? null : new Theme(files, templates.ToFrozenDictionary(StringComparer.Ordinal), paths.ToFrozenDictionary(StringComparer.Ordinal), strings, ThemeAsset.Load(files), [.. scriptHashes]);
    }

    /// <summary>UI strings of a language; a key it lacks falls back to English, then to the key itself.</summary>
    public IReadOnlyDictionary<string, string> StringsFor(string language) =>
        _strings.GetValueOrDefault(language) ?? _strings[FallbackLanguage];

    public string String(string language, string key) => StringsFor(language).GetValueOrDefault(key, key);

    public bool HasTemplate(string name) => _templates.ContainsKey(name);

    /// <summary>The file a layout was read from, relative to the site (for errors that name it).</summary>
    public string TemplatePath(string name) => _paths.GetValueOrDefault(name, $"layouts/{name}.liquid");

    public string Render(string template, TemplateContext context) =>
        _templates.TryGetValue(template, out var t)
            ? t.Render(context, Encoder)
            : throw new InvalidOperationException($"The theme has no layouts/{template}.liquid.");

    /// <summary>Renders a template straight into a writer (the page's bytes), without an intermediate string.</summary>
    public void Render(string template, TemplateContext context, TextWriter writer)
    {
        if (!_templates.TryGetValue(template, out var t))
        {
            throw new InvalidOperationException($"The theme has no layouts/{template}.liquid.");
        }

        var rendering = t.RenderAsync(writer, Encoder, context);
        if (!rendering.IsCompletedSuccessfully)
        {
            // Templates never wait on I/O here; this only surfaces an exception.
            rendering.AsTask().GetAwaiter().GetResult();
        }
    }

    /// <summary>A short content hash for cache-busting asset URLs, stable across builds.</summary>
    public static string Hash(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes))[..10];
}
