using System.Text;
using Phrasebook.Lunr.Index;
using Phrasebook.Lunr.Tests.Support;

namespace Phrasebook.Lunr.Tests.Corpora;

/// <summary>
/// A deterministic glossary-like corpus: Nordic-looking stems glued into compounds with
/// inflections, æøåäö, capitals, digits, codes, punctuation, stop words and hyphens.
/// </summary>
internal static class GeneratedCorpus
{
    private static readonly string[] Stems =
    [
        "frakt", "toll", "bil", "gods", "lager", "hav", "bud", "kjøre", "tøy", "pall", "last", "sjø",
        "fly", "båt", "vei", "kost", "pris", "gebyr", "avgift", "sone", "vekt", "kunde", "ordre",
        "faktura", "lever", "mottak", "grense", "havn", "kai", "spedisjon", "container", "kran",
        "bränsle", "skatt", "hämt", "köp", "sälj", "vär", "förs", "kørsel", "afgift", "lastbil",
        "terminal", "tillegg", "klarering", "dokument", "brev", "rute", "tid", "sikker", "farlig",
        "betaling", "ansvar", "forsikring", "emballasje", "merking", "volum", "kubikk", "tonn",
    ];

    private static readonly string[] Endings =
    [
        "", "", "", "en", "et", "ene", "er", "ing", "ingen", "ar", "ande", "het", "heten", "lig",
        "lige", "s", "ens", "ning", "erne", "orna", "arna", "ets", "ast", "else", "elser", "ade",
    ];

    private static readonly string[] StopWords =
    [
        "og", "i", "på", "til", "som", "det", "och", "att", "för", "af", "og", "med", "the", "and", "of",
    ];

    private static readonly string[] Codes = ["FSC", "BAF", "CAF", "THC", "ADR", "EXW", "DAP", "DDP", "CIF", "FOB"];

    private static readonly string[] Punctuation = [",", ".", ":", ";", "!", "?", ")", "»"];

    public static IReadOnlyList<TestDocument> Create(int count, int seed)
    {
        var random = new Random(seed);
        var documents = new List<TestDocument>(count);
        for (var i = 0; i < count; i++)
        {
            var values = new Dictionary<string, LunrValue>
            {
                ["title"] = Sentence(random, random.Next(2, 5), title: true),
                ["body"] = Sentence(random, random.Next(60, 121), title: false),
                ["codes"] = Enumerable.Range(0, random.Next(0, 4)).Select(_ => Pick(random, Codes)).ToArray(),
            };
            if (random.Next(3) > 0)
            {
                values["tags"] = Enumerable.Range(0, random.Next(1, 3)).Select(_ => Word(random)).ToArray();
            }

            var boost = random.Next(10) == 0 ? 2 : 1;
            documents.Add(new TestDocument($"begrep/{Word(random)}-{i}", values, boost));
        }

        return documents;
    }

    private static string Sentence(Random random, int words, bool title)
    {
        var sb = new StringBuilder();
        for (var w = 0; w < words; w++)
        {
            if (w > 0)
            {
                sb.Append(random.Next(25) == 0 ? " - " : random.Next(30) == 0 ? "\n" : " ");
            }

            sb.Append(Token(random, title || w == 0));
            if (random.Next(8) == 0)
            {
                sb.Append(Pick(random, Punctuation));
            }
        }

        return sb.ToString();
    }

    private static string Token(Random random, bool capitalize)
    {
        return random.Next(20) switch
        {
            0 => random.Next(1990, 2031).ToString(System.Globalization.CultureInfo.InvariantCulture),
            1 => $"{random.Next(1, 100)},{random.Next(0, 10)}",
            2 => Pick(random, Codes),
            3 or 4 or 5 => Pick(random, StopWords),
            6 => "(" + Word(random),
            7 => Word(random) + "-" + Word(random),
            8 => "§ " + random.Next(1, 40),
            _ => capitalize ? Capitalize(Word(random)) : Word(random),
        };
    }

    private static string Word(Random random)
    {
        var word = Pick(random, Stems);
        if (random.Next(3) == 0)
        {
            word += Pick(random, Stems);
        }

        return word + Pick(random, Endings);
    }

    private static string Capitalize(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    private static string Pick(Random random, string[] items) => items[random.Next(items.Length)];
}
