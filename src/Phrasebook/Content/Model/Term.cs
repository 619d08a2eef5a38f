using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Model;

public enum TermStatus
{
    Current,
    Deprecated,
}

/// <summary>One role's view of a term: its explanation and the words that role uses.</summary>
public sealed record RoleText(Reference Role, LocalizedText Explanation, LocalizedList Words);

/// <param name="Since">For a retired code: the day it stopped being printed, when the editor gave it.</param>
public sealed record InvoiceCode(string Code, string Slug, SourceLocation Location, DateOnly? Since = null);

public sealed record CodePattern(string Pattern, SourceLocation Location);

/// <param name="RetiredCodes">Codes no longer printed that this term replaced: their URLs say so and point here.</param>
public sealed record InvoiceInfo(
    ImmutableArray<InvoiceCode> Codes,
    ImmutableArray<CodePattern> Patterns,
    LocalizedText Example,
    LocalizedText When,
    ImmutableArray<InvoiceCode> RetiredCodes);

public sealed record Change(DateOnly Date, LocalizedText Note, SourceLocation Location);

public sealed record Term(
    string Id,
    SourceLocation Location,
    string Industry,
    LocalizedText Title,
    LocalizedText Abbreviation,
    LocalizedList CustomerWords,
    LocalizedText Summary,
    LocalizedText Explanation,
    ImmutableArray<RoleText> Roles,
    InvoiceInfo? Invoice,
    ImmutableArray<Reference> Related,
    ImmutableArray<Reference> Processes,
    TermStatus Status,
    Reference? ReplacedBy,
    ImmutableArray<Change> Changes,
    bool AutoLink,
    ImmutableArray<Reference> RedirectFrom)
{
    public ImmutableArray<InvoiceCode> Codes => Invoice?.Codes ?? [];

    public ImmutableArray<InvoiceCode> RetiredCodes => Invoice?.RetiredCodes ?? [];

    public string SourcePath => Location.Path;
}
