using System.Collections.Immutable;
using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The terms a Markdown text mentions, in order of first mention, read from its syntax tree: links to a
/// term's page (by id, <c>term:</c> or <c>code:</c>, or by URL) and, when the text is auto-linked, every
/// phrase <see cref="TermMatcher"/> finds in the text <see cref="AutoLinker"/> links.
/// </summary>
/// <remarks>
/// The tree is the one the page shows (<see cref="Markdown.MarkdownRenderer.Tree"/> in the page's
/// language), walked as its HTML would be: the matcher reads each run of text the HTML has between two
/// tags, escaped as there, and nothing in headings, links, images or code, which the linker skips. The
/// linker links a term once per section, but every mention it skips follows one it linked, so the
/// order of first mention is the same.
/// </remarks>
public static class FindMentions
{
    /// <param name="tree">The text's syntax tree in the page's language.</param>
    /// <param name="termsPrefix">The URL every term page of the page's language starts with (<see cref="Content.Index.Urls.Terms"/>).</param>
    /// <param name="isTerm">Whether an id is a term of the site.</param>
    /// <param name="matcher">The page language's matcher; null when the text is not auto-linked (autolink: false).</param>
    public static ImmutableArray<string> In(MarkdownDocument tree, string termsPrefix, Func<string, bool> isTerm, TermMatcher? matcher)
    {
        var walk = new Walk(termsPrefix, isTerm, matcher);
        walk.Block(tree);
        return [.. walk.Found];
    }

    private sealed class Walk(string termsPrefix, Func<string, bool> isTerm, TermMatcher? matcher)
    {
        private readonly HashSet<string> _seen = new(StringComparer.Ordinal);
        private readonly StringBuilder _run = new();
        private readonly List<Mention> _matches = [];
        private bool _matching;

        public List<string> Found { get; } = [];

        public void Block(Block block)
        {
            switch (block)
            {
                case LinkReferenceDefinitionGroup or LinkReferenceDefinition:
                    return; // rendered as nothing
                case HeadingBlock heading:
                    // Never auto-linked, but a link the author put in a heading is a mention.
                    Inlines(heading.Inline, matching: false);
                    return;
                case LeafBlock leaf:
                    // A code block has no inlines: the linker skips <pre>.
                    Inlines(leaf.Inline, matching: true);
                    return;
                case ContainerBlock container:
                    foreach (var child in container)
                    {
                        Block(child);
                    }

                    return;
            }
        }

        private void Inlines(ContainerInline? inline, bool matching)
        {
            if (inline is null)
            {
                return;
            }

            _matching = matching;
            Inline(inline);
            Flush();
        }

        private void Inline(Inline inline)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    Text(literal.Content.AsSpan());
                    return;
                case HtmlEntityInline entity:
                    Text(entity.Transcoded.AsSpan());
                    return;
                case LineBreakInline { IsHard: false }:
                    _run.Append('\n'); // a soft line break is a newline in the same text
                    return;
                case LinkInline { IsImage: true }:
                    Flush(); // an <img>: its alt text is an attribute, not text
                    return;
                case LinkInline link:
                    Flush(); // the linker skips the link's text
                    Href(link.GetDynamicUrl?.Invoke() ?? link.Url);
                    return;
                case AutolinkInline auto:
                    Flush();
                    Href(auto.IsEmail ? "mailto:" + auto.Url : auto.Url);
                    return;
                case ContainerInline container:
                    // A plain container (a link reduced to its text) has no tag of its own; emphasis has.
                    var tagged = container.GetType() != typeof(ContainerInline);
                    if (tagged)
                    {
                        Flush();
                    }

                    for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    {
                        Inline(child);
                    }

                    if (tagged)
                    {
                        Flush();
                    }

                    return;
                default:
                    Flush(); // code spans and hard line breaks are tags; the linker skips <code>
                    return;
            }
        }

        /// <summary>Adds text escaped as the HTML holds it: an author's literal "&amp;foo;" is "&amp;amp;foo;" there, where the linker reads "foo" as a word.</summary>
        private void Text(ReadOnlySpan<char> text)
        {
            foreach (var c in text)
            {
                _ = c switch
                {
                    '&' => _run.Append("&amp;"),
                    '<' => _run.Append("&lt;"),
                    '>' => _run.Append("&gt;"),
                    '"' => _run.Append("&quot;"),
                    _ => _run.Append(c),
                };
            }
        }

        private void Flush()
        {
            if (_run.Length == 0)
            {
                return;
            }

            if (_matching && matcher is not null)
            {
                _matches.Clear();
                matcher.Find(_run.ToString(), _matches);
                foreach (var m in _matches)
                {
                    Add(m.TermId);
                }
            }

            _run.Clear();
        }

        /// <summary>A link to a URL under the terms' names the term whose id follows.</summary>
        private void Href(string? url)
        {
            if (url is null || !url.StartsWith(termsPrefix, StringComparison.Ordinal))
            {
                return;
            }

            var rest = url.AsSpan(termsPrefix.Length);
            var end = rest.IndexOfAny('/', '#');
            var id = (end < 0 ? rest : rest[..end]).ToString();
            if (id.Length > 0 && isTerm(id))
            {
                Add(id);
            }
        }

        private void Add(string id)
        {
            if (_seen.Add(id))
            {
                Found.Add(id);
            }
        }
    }
}
