using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Model;

/// <summary>One language's file of a process description or a free page (input/processes/x.nb.md).</summary>
public sealed record MarkdownSource(
    string Id,
    string Language,
    string SourcePath,
    string Title,
    string? Summary,
    string Body,
    SourceLocation BodyStart,
    ImmutableArray<Reference> Roles,
    ImmutableArray<Reference> Industries,
    int? Order,
    bool AutoLink)
{
    /// <summary>A process body's h2 and h3 headings, from its syntax tree, for its table of contents (a free page has none).</summary>
    public ImmutableArray<Heading> Headings { get; init; } = [];
}

/// <summary>A process description or free page in all the languages it was written in.</summary>
public sealed record MarkdownDocument(string Id, ImmutableSortedDictionary<string, MarkdownSource> Languages)
{
    /// <summary>The version for a page language: that language's file, else the default language's (a fallback).</summary>
    public Resolved<MarkdownSource>? Resolve(string language, string defaultLanguage) =>
        Languages.TryGetValue(language, out var s) ? new(s, language, false)
        : Languages.TryGetValue(defaultLanguage, out var d) ? new(d, defaultLanguage, true)
        : Languages.IsEmpty ? null : new(Languages.Values.First(), Languages.Keys.First(), true);

    public MarkdownSource Primary(string defaultLanguage) =>
        Languages.TryGetValue(defaultLanguage, out var d) ? d : Languages.Values.First();
}
