using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Content.Model;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Markdown;

/// <summary>The links by id (term:, code:, process:) a term's Markdown fields hold, read from their syntax trees.</summary>
public static class IdLinks
{
    /// <summary>Adds each of the term's Markdown fields that can hold a link (summary, explanation, when, role texts, change notes).</summary>
    /// <remarks>Plain loops, not LINQ: validation runs this on every preview edit, over all 180,000 texts of 10,000 terms.</remarks>
    public static void AddLinkingFields(Term term, List<LocalizedString> found)
    {
        void Add(LocalizedText text)
        {
            foreach (var (_, value) in text.Values)
            {
                if (value.MayHoldLink)
                {
                    found.Add(value);
                }
            }
        }

        Add(term.Summary);
        Add(term.Explanation);
        if (term.Invoice is { } invoice)
        {
            Add(invoice.When);
        }

        foreach (var role in term.Roles)
        {
            Add(role.Explanation);
        }

        foreach (var change in term.Changes)
        {
            Add(change.Note);
        }
    }

    /// <summary>Every link by id in the term's Markdown fields, in field order.</summary>
    public static IEnumerable<IdLink> In(Term term)
    {
        var fields = new List<LocalizedString>();
        AddLinkingFields(term, fields);
        foreach (var field in fields)
        {
            foreach (var link in MarkdownSyntax.Parse(field.Value).Descendants<LinkInline>())
            {
                if (IdLink.Parse(link.Url) is { } id)
                {
                    yield return id;
                }
            }
        }
    }
}
