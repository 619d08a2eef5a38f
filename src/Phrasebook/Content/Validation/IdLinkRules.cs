using System.Runtime.CompilerServices;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Markdown;
using Phrasebook.Markdown.Syntax;

namespace Phrasebook.Content.Validation;

/// <summary>Links by id (term:, code:, process:) in every Markdown field must name something that exists.</summary>
internal static class IdLinkRules
{
    public static void Check(SiteIndex site, DiagnosticBag diagnostics, UnreadContent unread)
    {
        var renderer = new MarkdownRenderer(site);
        void Report(FieldLinks field)
        {
            if (field.TooComplex is { } problem)
            {
                diagnostics.Error(Codes.MarkdownTooComplex, field.Location, $"The Markdown cannot be read: {problem}", "nest lists, quotes, links and emphasis less deeply (docs/limits.md)");
                return;
            }

            foreach (var (id, at) in field.Links)
            {
                if (renderer.Resolve(id, site.Settings.DefaultLanguage) is null && !unread.Explains(id))
                {
                    Unresolved(site, id, at, unread, diagnostics);
                }
            }
        }

        // A term's links are parsed once per Term object: the preview's cache of term files hands the same
        // objects back for files that did not change, so an edit parses the edited file's Markdown alone.
        // The table is read side by side and added to afterwards, on one thread: its adds take one lock, and two
        // threads adding 10,000 terms spent about half a second of a check waiting on each other for it.
        var terms = site.Content.Terms;
        var parsed = new FieldLinks[terms.Length][];
        Parallel.For(0, terms.Length, i =>
        {
            parsed[i] = ParsedTerms.TryGetValue(terms[i], out var kept) ? kept : Parse(terms[i]);
            foreach (var field in parsed[i])
            {
                Report(field);
            }
        });
        for (var i = 0; i < terms.Length; i++)
        {
            ParsedTerms.TryAdd(terms[i], parsed[i]);
        }

        Parallel.ForEach(DocumentFields(site.Content), text => Report(Parse(text)));
    }

    /// <summary>The links by id of a Markdown field (where each starts), or why it cannot be parsed.</summary>
    private sealed record FieldLinks(SourceLocation Location, string? TooComplex, IReadOnlyList<(IdLink Id, SourceLocation At)> Links);

    private static readonly ConditionalWeakTable<Term, FieldLinks[]> ParsedTerms = new();

    private static FieldLinks[] Parse(Term term)
    {
        var fields = new List<LocalizedString>();
        IdLinks.AddLinkingFields(term, fields);
        return fields.Count == 0 ? [] : [.. fields.Select(Parse)];
    }

    private static FieldLinks Parse(LocalizedString text)
    {
        Markdig.Syntax.MarkdownDocument parsed;
        try
        {
            parsed = MarkdownSyntax.Parse(text.Value);
        }
        catch (MarkdownTooComplexException e)
        {
            return new FieldLinks(text.Location, e.Message, []);
        }

        var links = new List<(IdLink, SourceLocation)>();
        foreach (var link in parsed.Descendants<LinkInline>())
        {
            if (IdLink.Parse(link.Url) is { } id)
            {
                links.Add((id, Where(text, link)));
            }
        }

        return new FieldLinks(text.Location, null, links);
    }

    private static void Unresolved(SiteIndex site, IdLink id, SourceLocation at, UnreadContent unread, DiagnosticBag diagnostics)
    {
        if (id.Kind == IdLinkKind.Code && site.SlowPattern(id.Target) is { } slow)
        {
            diagnostics.Error(Codes.PatternTimedOut, at, $"Matching the code '{id.Target}' of the link '{id}' against the pattern '{slow.Pattern}' ({slow.Location}) took too long.", "simplify the pattern: repeat only single characters or classes, e.g. '[A-Z0-9-]+'");
            return;
        }

        if (id.Kind == IdLinkKind.Term && unread.DroppedTerms.TryGetValue(id.Target, out var dropped))
        {
            if (!dropped.FixedByHint)
            {
                diagnostics.Add(Diagnostic.Error(Codes.UnknownLinkTarget, at, $"The link '{id}' points to no term, {dropped.Because}.", "fix that id first, then point this link at the id chosen there").Because(dropped.At));
            }

            return;
        }

        diagnostics.Error(Codes.UnknownLinkTarget, at, $"The link '{id}' points to no {id.Kind.ToString().ToLowerInvariant()}.", Hint(site, id));
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

    /// <summary>The Markdown bodies of processes and pages that can hold a link, with where each starts.</summary>
    private static List<LocalizedString> DocumentFields(SiteContent content)
    {
        var found = new List<LocalizedString>();
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
