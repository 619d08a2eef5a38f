using System.Collections.Immutable;

namespace Phrasebook.Theming;

/// <summary>A file of the theme's assets/ folder, published under /theme/.</summary>
public sealed record ThemeAsset(string Path, ReadOnlyMemory<byte> Bytes)
{
    public string Hash { get; } = Theme.Hash(Bytes.Span);

    public static ImmutableArray<ThemeAsset> Load(ThemeFiles files) =>
        [.. files.List("assets").Select(rel => (rel, Bytes: files.Read(rel))).Where(f => f.Bytes is not null).Select(f => new ThemeAsset(f.rel["assets/".Length..], f.Bytes))];
}
