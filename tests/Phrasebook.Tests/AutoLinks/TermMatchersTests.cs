using Phrasebook.AutoLinks;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.AutoLinks;

/// <summary>The preview keeps the auto-link matchers between edits; they must follow every change that matters.</summary>
public sealed class TermMatchersTests : IDisposable
{
    private const string File = "input/industries/logistics/matchers.yml";
    private readonly TempSite _site = Repo.CopySample();
    private readonly TermMatchers _matchers = new();
    private readonly TermFileCache _cache = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void An_edit_that_keeps_every_phrase_reuses_the_matcher()
    {
        var before = For(Term("Pallegebyr", "[pallepris]", "Det en pall koster."), "nb");
        var after = For(Term("Pallegebyr", "[pallepris]", "En ny forklaring av hva en pall koster."), "nb");

        Assert.Same(before, after);
        Assert.Equal(["pallepris"], Mentions(after, "Hva er pallepris?"));
    }

    [Theory]
    [InlineData("Pallekostnad", "[pallepris]", "Pallekostnad")]
    [InlineData("Pallegebyr", "[pallepris, pallavgift]", "pallavgift")]
    public void A_new_title_or_customer_word_makes_a_new_matcher_that_finds_it(string title, string words, string mention)
    {
        var before = For(Term("Pallegebyr", "[pallepris]", "Det en pall koster."), "nb");
        var after = For(Term(title, words, "Det en pall koster."), "nb");

        Assert.NotSame(before, after);
        Assert.Equal([mention], Mentions(after, $"Hva er {mention}?"));
    }

    [Fact]
    public void Each_language_has_its_own_matcher()
    {
        Term("Pallegebyr", "[pallepris]", "Det en pall koster.");

        Assert.NotSame(For("nb"), For("en"));
        Assert.Same(For("en"), For("en"));
    }

    [Fact]
    public void Turning_autolink_off_makes_a_new_matcher_without_the_term()
    {
        var before = For(Term("Pallegebyr", "[pallepris]", "Det en pall koster."), "nb");
        var after = For(Term("Pallegebyr", "[pallepris]", "Det en pall koster.", autolink: false), "nb");

        Assert.NotSame(before, after);
        Assert.Empty(Mentions(after, "Hva er pallepris?"));
    }

    private static List<string> Mentions(TermMatcher matcher, string text) =>
        [.. matcher.Find(text).Select(m => text[m.Start..m.End])];

    private SiteIndex Term(string title, string words, string summary, bool autolink = true)
    {
        _site.Write(File, $$"""
            terms:
              - id: pallet-fee
                term: {nb: {{title}}}
                customer_words: {nb: {{words}}}
                summary: {nb: {{summary}}}
                autolink: {{(autolink ? "true" : "false")}}
            """);
        var diagnostics = new DiagnosticBag();
        var content = ContentLoader.Load(_site.Root, diagnostics, 2, _cache) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.SortedErrors()));
        return new SiteIndex(content);
    }

    private TermMatcher For(SiteIndex site, string lang) => _matchers.For(site, lang);

    private TermMatcher For(string lang) => _matchers.For(Term("Pallegebyr", "[pallepris]", "Det en pall koster."), lang);
}
