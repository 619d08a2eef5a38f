using Phrasebook.Lunr.Index;
using Phrasebook.Lunr.Tests.Support;

namespace Phrasebook.Lunr.Tests.Corpora;

/// <summary>
/// Documents that hit every known trap of the lunr index format; each line says which.
/// Fields: title (boost 10), body, "2" (an array-index name: JS enumerates it first), codes.
/// </summary>
internal static class EdgeCaseCorpus
{
    public static IReadOnlyList<LunrField> Fields { get; } =
        [new("title", boost: 10), new("body"), new("2", boost: 0.5), new("codes", boost: 3)];

    public static IReadOnlyList<TestDocument> Create() =>
    [
        // Nordic letters, upper and lower case; digits the 1.22.0 trimmer keeps.
        Doc("nordic/1", "ÆRLIG Øl Åpen Ä Ö", "blåbærsyltetøy Smørbrød æøå ÆØÅ äö ÄÖ 2024 12,5 1.000 v2.0 §12"),
        // Hyphens split, dashes do not; punctuation-only tokens trim to the empty term.
        Doc("punct/2", "bil--frakt -start end-", "& § – — … « » ( ) a - b \"sitat\" 'enkel' (parentes) frakt."),
        // Empty values: "", null, missing, empty array, and arrays with "" and null elements.
        Doc("empty/3", "", null, codes: []),
        Doc("empty/4", null, "   \t\n  ", codes: ["", null, "  "]),
        new TestDocument("empty/5", []),
        // Array elements are lowercased but never split.
        Doc("array/6", "Koder", "se koder", codes: ["FSC", "Two Words", "A-B", "BAF", "fsc"]),
        // Refs with "/", quotes, backslash, non-ASCII; array-index refs sort first in postings.
        Doc("a/b/c", "frakt", "frakt"),
        Doc("7", "frakt", "toll"),
        Doc("42", "frakt", "toll"),
        Doc("0", "frakt toll", "bil"),
        Doc("007", "frakt", "toll"),
        Doc("4294967295", "frakt", "toll"),
        Doc("ref \"quoted\" \\ back/æ", "frakt", "toll"),
        // Document boosts: 3, 0.5, 0 (lunr reads it as 1) and negative (negative weights).
        Doc("boost/3", "frakt og toll", "frakt", boost: 3),
        Doc("boost/half", "frakt", "toll toll", boost: 0.5),
        Doc("boost/zero", "frakt", "toll", boost: 0),
        Doc("boost/negative", "frakt", "toll bil", boost: -1.5),
        // Repeated words raise tf; stop words are dropped before tf and length are counted.
        Doc("repeat/1", "frakt frakt Frakt FRAKT", "frakt frakt frakt toll og i på og the and of"),
        Doc("stop/1", "og i på", "och att för af the and of"),
        // Whitespace traps: U+0085 and U+180E are not JS \s; U+FEFF, U+00A0, U+2028, U+3000 are.
        Doc("space/1", "a\u0085b c\uFEFFd", "e\u00A0f g\u2028h i\u3000j k\u180El m\vn o\fp q\u205Fr s\u2009t"),
        // JS toLowerCase specials, surrogate pairs, a lone surrogate, control characters.
        Doc("unicode/1", "İstanbul ΟΔΟΣ Straße ǅ", "🚚 lastebil🚚 \uD800x ctl\u0001x tab\ttab a\"b c\\d"),
        // English stemmer cases (and a line terminator inside an unsplit array element).
        Doc("english/1", "Skies flying hopping", "yes y yy yyy sky agreed relational generalization don't under_score caresses ponies",
            codes: ["runs\nrunning", "cry\r", "e\u2028ing"]),
        Doc("long/1", "Donaudampfschifffahrtsgesellschaftskapitän", string.Join(' ', Enumerable.Repeat("lastebiltransport", 30))),
        Doc("numbers/1", "1 22 333", "0,5 1/2 50% 3x4 100kg", codes: ["2", "10"]),
    ];

    private static TestDocument Doc(string reference, string? title, string? body, string?[]? codes = null, double boost = 1)
    {
        var values = new Dictionary<string, LunrValue> { ["title"] = title, ["body"] = body, ["2"] = body is null ? null : title };
        if (codes is not null)
        {
            values["codes"] = LunrValue.FromItems(codes);
        }

        return new TestDocument(reference, values, boost);
    }
}
