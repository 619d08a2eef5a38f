using System.Collections.Immutable;
using Phrasebook.Content;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Incremental;
using Phrasebook.Search;

namespace Phrasebook.Tests.Search;

/// <summary>
/// An incremental build never rebuilds the words index (search/{lang}/index.json, KeepPages): that holds only while
/// everything its documents read is part of a term's identity, whose change is a full build. Each term of the sample,
/// with every field outside its identity changed in every language, must give the same words-index documents, and
/// each identity field changed must give other documents (so the test sees the fields it claims to).
/// </summary>
public sealed class WordsIndexIdentityTests
{
    private static LocalizedText Edited(LocalizedText text) =>
        text with { Values = text.Values.ToImmutableSortedDictionary(v => v.Key, v => v.Value with { Value = v.Value.Value + " endret" }, StringComparer.Ordinal) };

    private static LocalizedList Edited(LocalizedList list) =>
        list with { Values = list.Values.ToImmutableSortedDictionary(v => v.Key, v => v.Value.Add(new LocalizedString("ekstraord", default)), StringComparer.Ordinal) };

    private static Term OutsideIdentity(Term t) => t with
    {
        Summary = Edited(t.Summary),
        Explanation = Edited(t.Explanation),
        Roles = [.. t.Roles.Select(r => r with { Explanation = Edited(r.Explanation) })],
        Invoice = t.Invoice is { } invoice ? invoice with { Example = Edited(invoice.Example), When = Edited(invoice.When) } : null,
        Related = [],
        Processes = [],
        Changes = [.. t.Changes, new Change(new DateOnly(2030, 1, 1), Edited(t.Summary), default)],
    };

    private static List<string> DocumentsOf(Phrasebook.Content.Index.SiteIndex site, string lang, Term term) =>
        [.. BuildSearchIndex.Documents(lang, [SearchEntries.Of(site, lang, term)])
            .SelectMany(d => d.Values.OrderBy(v => v.Key, StringComparer.Ordinal).Select(v => $"{d.Ref}/{v.Key}={v.Value.Text}"))];

    [Fact]
    public void Changing_what_is_outside_a_terms_identity_leaves_its_words_index_documents_as_they_were()
    {
        var site = ContentLoader.LoadIndexed(Repo.Root, new DiagnosticBag(), 2)!;
        Assert.NotEmpty(site.Content.Terms);
        foreach (var term in site.Content.Terms)
        {
            var other = OutsideIdentity(term);
            Assert.Equal(TermEdit.IdentityHash(term), TermEdit.IdentityHash(other));
            foreach (var lang in site.Settings.Languages)
            {
                Assert.Equal(DocumentsOf(site, lang, term), DocumentsOf(site, lang, other));
            }
        }
    }

    [Fact]
    public void Changing_a_title_an_abbreviation_or_customer_words_changes_both_the_identity_and_the_documents()
    {
        var site = ContentLoader.LoadIndexed(Repo.Root, new DiagnosticBag(), 2)!;
        var term = site.Content.Terms.First(t => !t.Abbreviation.IsEmpty && !t.CustomerWords.Values.IsEmpty);
        Term[] changed = [term with { Title = Edited(term.Title) }, term with { Abbreviation = Edited(term.Abbreviation) }, term with { CustomerWords = Edited(term.CustomerWords) }];
        foreach (var other in changed)
        {
            Assert.NotEqual(TermEdit.IdentityHash(term), TermEdit.IdentityHash(other));
            Assert.NotEqual(DocumentsOf(site, site.Settings.DefaultLanguage, term), DocumentsOf(site, site.Settings.DefaultLanguage, other));
        }
    }
}
