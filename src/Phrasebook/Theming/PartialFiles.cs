using System.Collections.Frozen;
using System.Text;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Primitives;

namespace Phrasebook.Theming;

/// <summary>
/// The partials of a theme, read once into memory. Fluid asks the file provider for a partial on
/// every {% render %}; answering from disk would cost a few file-system calls per partial per page.
/// </summary>
internal sealed class PartialFiles : IFileProvider
{
    private static readonly DateTimeOffset Loaded = DateTimeOffset.UnixEpoch;
    private readonly FrozenDictionary<string, byte[]> _files;

    public PartialFiles(ThemeFiles files) =>
        _files = files.List("partials").ToFrozenDictionary(
            rel => rel["partials/".Length..],
            rel => files.Read(rel) ?? [],
            StringComparer.Ordinal);

    public IFileInfo GetFileInfo(string subpath)
    {
        var name = subpath.Replace('\\', '/').TrimStart('/');
        name = name.StartsWith("partials/", StringComparison.Ordinal) ? name["partials/".Length..] : name;
        return _files.TryGetValue(name, out var bytes) ? new MemoryFile(name, bytes) : new NotFoundFileInfo(subpath);
    }

    public IDirectoryContents GetDirectoryContents(string subpath) => NotFoundDirectoryContents.Singleton;

    public IChangeToken Watch(string filter) => NullChangeToken.Singleton;

    private sealed class MemoryFile(string name, byte[] bytes) : IFileInfo
    {
        public bool Exists => true;

        public long Length => bytes.Length;

        public string? PhysicalPath => null;

        public string Name => name;

        public DateTimeOffset LastModified => Loaded;

        public bool IsDirectory => false;

        public Stream CreateReadStream() => new MemoryStream(bytes, writable: false);

        public override string ToString() => Encoding.UTF8.GetString(bytes);
    }
}
