using System.Collections.Frozen;
using Phrasebook.Lunr.Languages;
using Phrasebook.Lunr.Stemming;
using Phrasebook.Lunr.Text;

namespace Phrasebook.Lunr;

/// <summary>
/// One language's lunr text pipeline, exactly as the browser runs it: tokenizer, trimmer,
/// stop-word filter, stemmer. Instances are immutable and thread-safe; the auto-linker can
/// use <see cref="NormalizeTerm"/> to match inflected words the way search does.
/// </summary>
public sealed class LunrLanguage
{
    private readonly Func<string, string> trim;
    private readonly Func<string, string> stem;
    private readonly FrozenSet<string> stopWords;

    private LunrLanguage(
        string code,
        Func<string, string> trim,
        Func<string, string> stem,
        string[] stopWords,
        string[] searchPipeline,
        string[] buildPipeline)
    {
        Code = code;
        this.trim = trim;
        this.stem = stem;
        this.stopWords = stopWords.ToFrozenSet(StringComparer.Ordinal);
        SearchPipeline = searchPipeline;
        BuildPipeline = buildPipeline;
    }

    public static LunrLanguage Norwegian { get; } = Nordic("no", SnowballStemmer.StemNorwegian, NorwegianStopWords.Words);

    public static LunrLanguage Swedish { get; } = Nordic("sv", SnowballStemmer.StemSwedish, SwedishStopWords.Words);

    public static LunrLanguage Danish { get; } = Nordic("da", SnowballStemmer.StemDanish, DanishStopWords.Words);

    // lunr's default pipeline, registered by lunr() itself rather than by lunr-languages.
    public static LunrLanguage English { get; } = new(
        "en",
        EnglishTrimmer.Trim,
        LunrPorterStemmer.Stem,
        EnglishStopWords.Words,
        ["stemmer"],
        ["trimmer", "stopWordFilter", "stemmer"]);

    /// <summary>The lunr language code: "no", "sv", "da" or "en".</summary>
    public string Code { get; }

    /// <summary>
    /// The search pipeline as lunr serializes it into the index ("pipeline"), e.g.
    /// ["trimmer-no", "stemmer-no"] or ["stemmer"]. The browser must have registered these.
    /// </summary>
    public IReadOnlyList<string> SearchPipeline { get; }

    /// <summary>The functions the index builder runs on every token, in order.</summary>
    public IReadOnlyList<string> BuildPipeline { get; }

    /// <summary>Maps a site language (nb, nn, no, sv, da, en, also "nb-NO") to its lunr language.</summary>
    public static LunrLanguage For(string siteLanguage)
    {
        ArgumentNullException.ThrowIfNull(siteLanguage);
        var primary = siteLanguage.Split('-', '_')[0].ToLowerInvariant();
        return primary switch
        {
            "nb" or "nn" or "no" => Norwegian,
            "sv" => Swedish,
            "da" => Danish,
            "en" => English,
            _ => throw new ArgumentException($"No lunr language for site language '{siteLanguage}' (known: nb, nn, no, sv, da, en).", nameof(siteLanguage)),
        };
    }

    /// <summary>lunr.tokenizer on a string: JS lowercase, split on whitespace and '-'.</summary>
    public IReadOnlyList<string> Tokenize(string? text)
    {
        var tokens = new List<string>();
        LunrTokenizer.Tokenize(text, tokens);
        return tokens;
    }

    /// <summary>The language's trimmer; may return "" (lunr still indexes that as a term).</summary>
    public string Trim(string token) => trim(token);

    /// <summary>Whether the stop-word filter drops this (trimmed, lowercase) token.</summary>
    public bool IsStopWord(string token) => stopWords.Contains(token);

    /// <summary>The language's stemmer on one lowercase word.</summary>
    public string Stem(string word) => stem(word);

    /// <summary>
    /// The whole build pipeline on one word: JS lowercase, trim, stop-word filter, stem.
    /// Returns null for a stop word. Splitting is the caller's job (see <see cref="Tokenize"/>).
    /// </summary>
    public string? NormalizeTerm(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        return NormalizeToken(JsText.ToLower(word));
    }

    /// <summary>The pipeline on a token the tokenizer already lowercased.</summary>
    internal string? NormalizeToken(string token)
    {
        var trimmed = trim(token);
        return stopWords.Contains(trimmed) ? null : stem(trimmed);
    }

    public override string ToString() => Code;

    private static LunrLanguage Nordic(string code, Func<string, string> stem, string[] stopWords) =>
        new(code, NordicTrimmer.Trim, stem, stopWords, [$"trimmer-{code}", $"stemmer-{code}"],
            [$"trimmer-{code}", $"stopWordFilter-{code}", $"stemmer-{code}"]);
}
