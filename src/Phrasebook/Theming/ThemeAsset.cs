using System.Collections.Immutable;
using System.Text;
using Phrasebook.Content.Reading;

namespace Phrasebook.Theming;

/// <summary>A file of the theme's assets/ folder, published under /theme/.</summary>
public sealed record ThemeAsset(string Path, ReadOnlyMemory<byte> Bytes)
{
    public string Hash { get; } = Theme.Hash(Bytes.Span);

    public static ImmutableArray<ThemeAsset> Load(ThemeFiles files) =>
        [.. files.List("assets").Select(rel => (rel, Bytes: files.Read(rel))).Where(f => f.Bytes is not null).Select(f => new ThemeAsset(f.rel["assets/".Length..], WithSlugRule(f.rel, f.Bytes!)))];

    /// <summary>A script that spells code slugs gets the build's own table (<see cref="Slug.Spelled"/>) where it has the marker: one rule, not two.</summary>
    private static byte[] WithSlugRule(string rel, byte[] bytes)
    {
        if (!rel.EndsWith(".js", StringComparison.Ordinal) || bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes(Slug.JavaScriptMarker)) < 0)
        {
            return bytes;
        }

        return Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(bytes).Replace(Slug.JavaScriptMarker, Slug.JavaScriptTable(), StringComparison.Ordinal));
    }
}
