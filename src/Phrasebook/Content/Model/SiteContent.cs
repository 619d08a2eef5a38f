using System.Collections.Immutable;

namespace Phrasebook.Content.Model;

/// <summary>The whole typed content model, loaded and validated once, then handed to every pipeline.</summary>
public sealed record SiteContent(
    Settings Settings,
    ImmutableArray<Role> Roles,
    ImmutableArray<Industry> Industries,
    ImmutableArray<Term> Terms,
    ImmutableArray<MarkdownDocument> Processes,
    ImmutableArray<MarkdownDocument> Pages,
    ImmutableArray<string> Assets)
{
    /// <summary>The id of the free page (input/pages/index.md) whose text is the home page's introduction.</summary>
    public const string IndexPageId = "index";
}
