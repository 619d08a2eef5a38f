namespace Phrasebook.Lunr.Stemming;

/// <summary>
/// The English stemmer of lunr 2.3.9: Martin Porter's algorithm as lunr's regexes express
/// it, which differs from the paper (and from Lucene's PorterStemmer) in small ways: step 1c
/// turns y into i only after a non-vowel that is not the first letter (sky -> ski, say -> say),
/// an initial y is a consonant, and JS's <c>.</c> never matches a line terminator.
/// Written from that behaviour, tested against every word of lunr-stems/en.tsv.
/// </summary>
internal static class LunrPorterStemmer
{
    public static string Stem(string word)
    {
        if (word.Length < 3)
        {
            return word;
        }

        // lunr writes an initial y as Y so the character classes treat it as a consonant.
        var initialY = word[0] == 'y';
        var w = initialY ? "Y" + word[1..] : word;

        w = Step1a(w);
        w = Step1b(w);
        w = Step1c(w);
        w = ReplaceSuffix(w, PorterSuffixes.Step2);
        w = ReplaceSuffix(w, PorterSuffixes.Step3);
        w = Step4(w);
        w = Step5(w);

        return initialY ? "y" + w[1..] : w;
    }

    private static string Step1a(string w)
    {
        if (EndsWith(w, "sses", out _) || EndsWith(w, "ies", out _))
        {
            return w[..^2];
        }

        // ^(.+?)([^s])s$
        return w.Length >= 3 && w[^1] == 's' && w[^2] != 's' && HasPrefix(w, w.Length - 2) ? w[..^1] : w;
    }

    private static string Step1b(string w)
    {
        if (EndsWith(w, "eed", out var stem))
        {
            return PorterMeasure.GreaterThanZero(stem) ? DropLast(w) : w;
        }

        if (!EndsWith(w, "ed", out stem) && !EndsWith(w, "ing", out stem))
        {
            return w;
        }

        if (!PorterMeasure.HasVowel(stem))
        {
            return w;
        }

        w = stem.ToString();
        if (w.EndsWith("at", StringComparison.Ordinal) || w.EndsWith("bl", StringComparison.Ordinal)
            || w.EndsWith("iz", StringComparison.Ordinal))
        {
            return w + "e";
        }

        if (w.Length >= 2 && w[^1] == w[^2] && !PorterMeasure.IsAeiouy(w[^1]) && w[^1] is not ('l' or 's' or 'z'))
        {
            return DropLast(w);
        }

        return PorterMeasure.IsShortSyllable(w) ? w + "e" : w;
    }

    // ^(.+?[^aeiou])y$
    private static string Step1c(string w) =>
        w.Length >= 3 && w[^1] == 'y' && !PorterMeasure.IsAeiou(w[^2]) && HasPrefix(w, w.Length - 2)
            ? w[..^1] + "i"
            : w;

    private static string ReplaceSuffix(string w, (string Suffix, string Replacement)[] table)
    {
        foreach (var (suffix, replacement) in table)
        {
            if (EndsWith(w, suffix, out var stem))
            {
                return PorterMeasure.GreaterThanZero(stem) ? string.Concat(stem, replacement) : w;
            }
        }

        return w;
    }

    private static string Step4(string w)
    {
        foreach (var (suffix, _) in PorterSuffixes.Step4)
        {
            if (EndsWith(w, suffix, out var stem))
            {
                return PorterMeasure.GreaterThanOne(stem) ? stem.ToString() : w;
            }
        }

        // ^(.+?)(s|t)(ion)$ keeps the s or t.
        if (EndsWith(w, "ion", out var kept) && kept.Length >= 2 && kept[^1] is 's' or 't' && HasPrefix(w, kept.Length - 1))
        {
            return PorterMeasure.GreaterThanOne(kept) ? kept.ToString() : w;
        }

        return w;
    }

    private static string Step5(string w)
    {
        if (EndsWith(w, "e", out var stem)
            && (PorterMeasure.GreaterThanOne(stem) || (PorterMeasure.EqualsOne(stem) && !PorterMeasure.IsShortSyllable(stem))))
        {
            w = stem.ToString();
        }

        return w.EndsWith("ll", StringComparison.Ordinal) && PorterMeasure.GreaterThanOne(w) ? DropLast(w) : w;
    }

    /// <summary>
    /// <c>^(.+?)suffix$</c>: the word ends with the suffix after at least one character, none
    /// of them a line terminator (JS's <c>.</c>).
    /// </summary>
    private static bool EndsWith(string w, string suffix, out ReadOnlySpan<char> stem)
    {
        stem = default;
        if (w.Length <= suffix.Length || !w.EndsWith(suffix, StringComparison.Ordinal)
            || !HasPrefix(w, w.Length - suffix.Length))
        {
            return false;
        }

        stem = w.AsSpan(0, w.Length - suffix.Length);
        return true;
    }

    private static bool HasPrefix(string w, int length)
    {
        if (length < 1)
        {
            return false;
        }

        foreach (var c in w.AsSpan(0, length))
        {
            if (Text.JsText.IsLineTerminator(c))
            {
                return false;
            }
        }

        return true;
    }

    // w.replace(/.$/, ""): a final line terminator is not matched by '.', so nothing changes.
    private static string DropLast(string w) => Text.JsText.IsLineTerminator(w[^1]) ? w : w[..^1];
}
