using Phrasebook.Content.Files;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Theming;

/// <summary>
/// The theme's files with the site's overrides/ laid over them, file by file: the build reads
/// layouts, partials, strings and assets through it.
/// </summary>
public sealed class ThemeFiles(string themeFolder, string overridesFolder)
{
    public string ThemeFolder { get; } = themeFolder;

    public string OverridesFolder { get; } = overridesFolder;

    /// <summary>The site's folder (overrides/ is in it): nothing outside it is read (<see cref="SiteFiles"/>).</summary>
    public string Root => Path.GetDirectoryName(Path.GetFullPath(OverridesFolder))!;

    /// <summary>Where a theme file that may not be read (a link out of the site, a FIFO) is reported.</summary>
    public DiagnosticBag? Diagnostics { get; init; }

    /// <summary>The bytes of the file that wins for a relative path; null (and an error) when it may not be read.</summary>
    public byte[]? Read(string relative)
    {
        var path = Find(relative);
        return path is null ? null : SiteFiles.ReadAllBytes(Root, path, Path.GetRelativePath(Root, path).Replace('\\', '/'), Diagnostics ?? new DiagnosticBag());
    }

    /// <summary>The full path that wins for a relative path, or null.</summary>
    public string? Find(string relative)
    {
        relative = relative.Replace('\\', '/').TrimStart('/');
        if (relative.Split('/').Any(p => p is ".." or "."))
        {
            return null;
        }

        var over = Path.Combine(OverridesFolder, relative);
        if (SiteFiles.IsThere(over))
        {
            return over;
        }

        var theme = Path.Combine(ThemeFolder, relative);
        return SiteFiles.IsThere(theme) ? theme : null;
    }

    /// <summary>Relative paths of all files under a theme folder (theme and overrides), sorted.</summary>
    public IReadOnlyList<string> List(string folder) =>
        [.. new[] { ThemeFolder, OverridesFolder }
            .Select(root => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(dir => SiteFiles.Files(Root, dir, recursive: true, Diagnostics)
                .Select(f => Path.GetRelativePath(Path.Combine(dir, ".."), f).Replace('\\', '/')))
            .Where(p => !Path.GetFileName(p).StartsWith('.') && !p.Contains('\uFFFD', StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    /// <summary>Files of the theme and overrides whose names are not UTF-8 (shown with U+FFFD): they cannot be opened, so they are reported.</summary>
    public IReadOnlyList<string> Unreadable() =>
        [.. new[] { ThemeFolder, OverridesFolder }
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFileSystemEntries(dir, "*", SearchOption.AllDirectories))
            .Where(p => p.Contains('\uFFFD', StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)];
}
