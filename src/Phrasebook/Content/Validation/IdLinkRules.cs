using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown;
using Phrasebook.Site;

namespace Phrasebook.Content.Validation;

/// <summary>Links by id (term:, code:, process:) in every Markdown field must name something that exists.</summary>
internal static class IdLinkRules
{
    public static void Check(SiteIndex site, DiagnosticBag diagnostics, UnreadContent unread)
    {
        var renderer = new MarkdownRenderer(site);
        Parallel.ForEach(LinkingFields(site.Content), text =>
        {
            foreach (var link in MarkdownRenderer.Parse(text.Value).Descendants<LinkInline>())
            {
                if (IdLink.Parse(link.Url) is { } id && renderer.Resolve(id, site.Settings.DefaultLanguage) is null && !unread.Explains(id))
                {
                    var at = Where(text, link);
                    diagnostics.Error(Codes.UnknownLinkTarget, at, $"The link '{id}' points to no {id.Kind.ToString().ToLowerInvariant()}.", Hint(site, id));
                }
            }
        });
    }

    /// <summary>
    /// Where the link starts in the file. A YAML value was unquoted, dedented and folded by the parser, so its
    /// position is mapped back through the scalar as written; a Markdown body's lines are the file's lines.
    /// </summary>
    private static SourceLocation Where(LocalizedString text, LinkInline link)
    {
        if (text.Source is { } source && link.Span.Start >= 0)
        {
            return source.Locate(text.Value, link.Span.Start);
        }

        if (!text.Location.HasLine)
        {
            return text.Location;
        }

        var line = text.Location.Line + link.Line;
        return text.Location with { Line = line, Column = link.Line == 0 ? text.Location.Column + link.Column : link.Column + 1 };
    }

    /// <summary>Every field rendered as Markdown that can hold a link, with where its text starts.</summary>
    /// <remarks>
    /// Plain loops, not LINQ over each field's languages: the preview runs this on every edit, over all
    /// 180,000 texts of 10,000 terms, and the LINQ version took ~50 ms of it.
    /// </remarks>
    private static List<LocalizedString> LinkingFields(SiteContent content)
    {
        var found = new List<LocalizedString>();
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

        foreach (var term in content.Terms)
        {
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

        foreach (var document in content.Processes.Concat(content.Pages))
        {
            foreach (var (_, source) in document.Languages)
            {
                if (IdLink.MayAppearIn(source.Body))
                {
                    found.Add(new LocalizedString(source.Body, source.BodyStart));
                }
            }
        }

        return found;
    }

    private static string Hint(SiteIndex site, IdLink id)
    {
        IEnumerable<string> candidates = id.Kind switch
        {
            IdLinkKind.Term => site.Terms.Keys,
            IdLinkKind.Process => site.Processes.Keys,
            _ => site.CodesByText.Keys,
        };
        if (Suggest.Closest(id.Target, candidates) is { } s)
        {
            return $"did you mean '{id.Kind.ToString().ToLowerInvariant()}:{s}'?";
        }

        return id.Kind == IdLinkKind.Code && id.Target.Contains(' ', StringComparison.Ordinal)
            ? "a code with spaces is written [text](<code:MOMS 25%>)"
            : $"check the {id.Kind.ToString().ToLowerInvariant()} id";
    }
}
