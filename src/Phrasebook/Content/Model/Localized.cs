using System.Collections.Immutable;
using Phrasebook.Content.Yaml;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Model;

/// <summary>One language's value of a field, with where it was written (for id-link errors inside Markdown).</summary>
public sealed record LocalizedString(string Value, SourceLocation Location)
{
    /// <summary>The YAML scalar as written, to map a position in <see cref="Value"/> to the file; null for Markdown bodies.</summary>
    public ScalarSource? Source { get; init; }

    /// <summary>
    /// Whether the value may hold a Markdown link. Known once it is read: the id-link check looks at
    /// every text of the site again on each preview edit, and most hold no link.
    /// </summary>
    public bool MayHoldLink { get; } = IdLink.MayAppearIn(Value);
}

/// <summary>What a page shows for a field in one language: the text, and the language it is really in.</summary>
public readonly record struct Resolved<T>(T Value, string Language, bool IsFallback);

/// <summary>A text field given as a plain string (default language) or a map from language to string.</summary>
public sealed record LocalizedText(ImmutableSortedDictionary<string, LocalizedString> Values, SourceLocation Location)
{
    public static readonly LocalizedText Empty = new(ImmutableSortedDictionary<string, LocalizedString>.Empty.WithComparers(StringComparer.Ordinal), default);

    public bool IsEmpty => Values.IsEmpty;

    public bool Has(string language) => Values.ContainsKey(language);

    /// <summary>The value in <paramref name="language"/>, else the default language's, marked as a fallback.</summary>
    public Resolved<string>? Resolve(string language, string defaultLanguage)
    {
        if (Values.TryGetValue(language, out var v))
        {
            return new(v.Value, language, false);
        }

        return Values.TryGetValue(defaultLanguage, out var d) ? new(d.Value, defaultLanguage, true) : null;
    }

    public string? this[string language] => Values.TryGetValue(language, out var v) ? v.Value : null;
}

/// <summary>A list field (customer words) given as a plain list (default language) or per language.</summary>
public sealed record LocalizedList(ImmutableSortedDictionary<string, ImmutableArray<LocalizedString>> Values, SourceLocation Location)
{
    public static readonly LocalizedList Empty = new(ImmutableSortedDictionary<string, ImmutableArray<LocalizedString>>.Empty.WithComparers(StringComparer.Ordinal), default);

    public ImmutableArray<LocalizedString> In(string language) => Values.TryGetValue(language, out var v) ? v : [];

    public IEnumerable<LocalizedString> All => Values.Values.SelectMany(v => v);
}
