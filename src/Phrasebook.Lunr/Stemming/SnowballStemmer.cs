using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace Phrasebook.Lunr.Stemming;

/// <summary>
/// The classic Snowball stemmers lunr-languages 1.22.0 ships for no, sv and da, taken from
/// Lucene.Net (measured identical on the Snowball vocabularies; today's Snowball 3.x is not).
/// A Lucene stemmer holds the word being stemmed, so each thread gets its own instance.
/// </summary>
internal static class SnowballStemmer
{
    [ThreadStatic]
    private static NorwegianStemmer? norwegian;

    [ThreadStatic]
    private static SwedishStemmer? swedish;

    [ThreadStatic]
    private static DanishStemmer? danish;

    public static string StemNorwegian(string word) => Run(norwegian ??= new NorwegianStemmer(), word);

    public static string StemSwedish(string word) => Run(swedish ??= new SwedishStemmer(), word);

    public static string StemDanish(string word) => Run(danish ??= new DanishStemmer(), word);

    private static string Run(SnowballProgram stemmer, string word)
    {
        stemmer.SetCurrent(word);
        stemmer.Stem();
        return stemmer.Current;
    }
}
