using System.Collections.Immutable;

namespace Phrasebook.Theming;

/// <summary>A file of the theme's assets/ folder, published under /theme/.</summary>
public sealed record ThemeAsset(string Path, ReadOnlyMemory<byte> Bytes)
{
    public string Hash { get; } = Theme.Hash(Bytes.Span);

    public static ImmutableArray<ThemeAsset> Load(ThemeFiles files) =>
        [.. files.List("assets").Select(rel => new ThemeAsset(rel["assets/".Length..], File.ReadAllBytes(files.Find(rel)!)))];
}
