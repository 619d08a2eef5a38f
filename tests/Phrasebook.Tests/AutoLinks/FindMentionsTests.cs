using Phrasebook.AutoLinks;
using Phrasebook.Markdown;

namespace Phrasebook.Tests.AutoLinks;

/// <summary>What a body mentions, read from its syntax tree: the rules of <see cref="AutoLinker"/>, and links to terms.</summary>
public sealed class FindMentionsTests(LinkedSite site) : IClassFixture<LinkedSite>
{
    private List<string> Mentioned(string markdown, string lang = "nb", bool autolink = true) =>
    [
        .. FindMentions.In(
            new MarkdownRenderer(site.Index).Tree(markdown, lang),
            site.Index.Urls.Terms(lang),
            site.Index.Terms.ContainsKey,
            autolink ? site.Matcher(lang) : null),
    ];

    [Fact]
    public void Terms_are_listed_in_order_of_first_mention_once_each()
    {
        Assert.Equal(["vat", "freight-charge"], Mentioned("Mva på frakten.\n\n## Mer\n\nFrakt og mva igjen, og [frakt](term:freight-charge)."));
    }

    [Fact]
    public void Mentions_in_a_link_code_or_a_heading_are_not_auto_links()
    {
        Assert.Empty(Mentioned("## Frakt\n\n`frakt` [frakt](https://example.com/) ![frakt](https://example.com/f.png)\n\n```\nfrakt\n```\n\n    frakt"));
    }

    [Fact]
    public void A_link_to_a_term_is_a_mention_anywhere_even_in_a_heading()
    {
        Assert.Equal(["waybill", "fuel"], Mentioned("## Om [brevet](term:waybill)\n\nSe [her](/nb/terms/fuel/#codes)."));
    }

    [Fact]
    public void A_link_by_code_to_a_code_page_is_not_a_mention_of_its_term()
    {
        var hit = site.Index.Content.Terms.First(t => t.Codes.Length > 0);
        Assert.Empty(Mentioned($"Se [koden](code:{hit.Codes[0].Code})."));
    }

    [Fact]
    public void A_link_that_cannot_be_resolved_is_its_text_and_that_text_is_linked()
    {
        Assert.Equal(["freight-charge"], Mentioned("Se [frakten](term:no-such-term) og [mer](javascript:alert(1))."));
    }

    [Fact]
    public void An_image_by_id_is_no_link_and_its_alt_text_is_not_prose()
    {
        Assert.Empty(Mentioned("![frakt](term:freight-charge)"));
    }

    [Fact]
    public void A_phrase_split_by_emphasis_or_a_hard_break_is_not_one_mention_but_a_soft_break_or_an_unwrapped_link_keeps_it()
    {
        var phrase = TermMatcher.PhrasesOf(site.Index.Content.Terms, "nb", "nb").First(p => p.Phrase.Contains(' ', StringComparison.Ordinal) && Mentioned(p.Phrase) is [var only] && only == p.TermId);
        var space = phrase.Phrase.IndexOf(' ', StringComparison.Ordinal);
        var (first, rest) = (phrase.Phrase[..space], phrase.Phrase[(space + 1)..]);

        Assert.DoesNotContain(phrase.TermId, Mentioned($"**{first}** {rest}"));
        Assert.DoesNotContain(phrase.TermId, Mentioned($"{first}  \n{rest}"));
        Assert.Equal([phrase.TermId], Mentioned($"{first}\n{rest}"));
        Assert.Equal([phrase.TermId], Mentioned($"[{first}](term:no-such-term) {rest}"));
    }

    [Fact]
    public void Text_is_matched_escaped_as_the_HTML_holds_it()
    {
        // An entity Markdig does not know stays text: the HTML holds "&amp;mva;", where the linker reads "mva" as a word.
        Assert.Equal(["vat"], Mentioned("&mva;"));
        Assert.Equal(["vat"], Mentioned("&amp;mva"));
    }

    [Fact]
    public void A_body_with_autolink_false_mentions_only_the_terms_it_links_to()
    {
        Assert.Equal(["waybill"], Mentioned("Frakten og mva, og [fraktbrevet](term:waybill).", autolink: false));
        Assert.Equal(["freight-charge", "vat", "waybill"], Mentioned("Frakten og mva, og [fraktbrevet](term:waybill)."));
    }

    [Fact]
    public void Terms_are_matched_and_linked_in_the_page_language()
    {
        Assert.Equal(["vat"], Mentioned("Mervärdesskatt.", "sv"));
        Assert.Empty(Mentioned("Mervärdesskatt.", "nb"));
        Assert.Equal(["waybill"], Mentioned("[x](term:waybill) [y](/nb/terms/vat/)", "sv"));
    }

    [Fact]
    public void Ambiguous_phrases_links_to_unknown_terms_and_terms_with_autolink_false_are_not_mentions()
    {
        Assert.Empty(Mentioned("Fellesord og stilleord, og [her](/nb/terms/no-such-term/) og [der](/nb/terms/)."));
    }
}
