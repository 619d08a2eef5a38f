using System.Collections.Immutable;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Search.Files;

namespace Phrasebook.AutoLinks;

/// <summary>
/// The <see cref="TermMatcher"/> of each language, kept while the phrases it was made from stay the
/// same. Making one stems every title, abbreviation and customer word of the site (at 10,000 terms,
/// about 60 ms a language); a host that builds again and again (the preview, on every edit) keeps
/// one of these, and an edit of a summary or explanation reuses the matchers. Thread-safe.
/// </summary>
public sealed class TermMatchers
{
    private readonly Dictionary<string, Kept> _byLanguage = new(StringComparer.Ordinal);

    public TermMatcher For(SiteIndex site, string lang)
    {
        var terms = site.Content.Terms;
        var defaultLang = site.Settings.DefaultLanguage;
        lock (_byLanguage)
        {
            if (_byLanguage.TryGetValue(lang, out var kept) && kept.DefaultLang == defaultLang && kept.Terms.Length == terms.Length
                && kept.Terms.Zip(terms).All(p => ReferenceEquals(p.First, p.Second) || SamePhrases(p.First, p.Second, lang, defaultLang)))
            {
                return kept.Matcher;
            }
        }

        var matcher = new TermMatcher(TermMatcher.PhrasesOf(terms, lang, defaultLang), SearchLanguage.For(lang));
        lock (_byLanguage)
        {
            _byLanguage[lang] = new Kept(defaultLang, terms, matcher);
        }

        return matcher;
    }

    // Terms read from files that did not change are the same objects, so only the edited ones are compared.
    private static bool SamePhrases(Term a, Term b, string lang, string defaultLang) =>
        TermMatcher.PhrasesOf([a], lang, defaultLang).SequenceEqual(TermMatcher.PhrasesOf([b], lang, defaultLang));

    private sealed record Kept(string DefaultLang, ImmutableArray<Term> Terms, TermMatcher Matcher);
}
