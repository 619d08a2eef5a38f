using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Phrasebook.Theming;

/// <summary>
/// The theme's files with the site's overrides/ laid over them, file by file. Fluid reads partials
/// through it; the build reads layouts, strings and assets through it.
/// </summary>
public sealed class ThemeFiles(string themeFolder, string overridesFolder) : IFileProvider
{
    public string ThemeFolder { get; } = themeFolder;

    public string OverridesFolder { get; } = overridesFolder;

    /// <summary>The full path that wins for a relative path, or null.</summary>
    public string? Find(string relative)
    {
        relative = relative.Replace('\\', '/').TrimStart('/');
        if (relative.Split('/').Any(p => p is ".." or "."))
        {
            return null;
        }

        var over = Path.Combine(OverridesFolder, relative);
        if (File.Exists(over))
        {
            return over;
        }

        var theme = Path.Combine(ThemeFolder, relative);
        return File.Exists(theme) ? theme : null;
    }

    /// <summary>Relative paths of all files under a theme folder (theme and overrides), sorted.</summary>
    public IReadOnlyList<string> List(string folder) =>
        [.. new[] { ThemeFolder, OverridesFolder }
            .Select(root => Path.Combine(root, folder))
            .Where(Directory.Exists)
            .SelectMany(dir => Directory.GetFiles(dir, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(Path.Combine(dir, ".."), f).Replace('\\', '/')))
            .Where(p => !Path.GetFileName(p).StartsWith('.'))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];

    public IFileInfo GetFileInfo(string subpath)
    {
        // Fluid asks for "partials/name.liquid" when a template says {% render 'name' %}.
        var path = Find(subpath.Contains('/') ? subpath : "partials/" + subpath);
        return path is null ? new NotFoundFileInfo(subpath) : new FileInfoAdapter(new FileInfo(path));
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class FileInfoAdapter(FileInfo file) : IFileInfo
    {
        public bool Exists => true;

        public long Length => file.Length;

        public string PhysicalPath => file.FullName;

        public string Name => file.Name;

        public DateTimeOffset LastModified => file.LastWriteTimeUtc;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => file.OpenRead();
    }
}
