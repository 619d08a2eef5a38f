using System.Globalization;
using Phrasebook.Content.Model;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Readability;

/// <summary>
/// Summaries are read in tooltips, search results and on invoices' landing pages by people who are
/// not specialists: a summary harder than LixThreshold (statiq.json, default 40) is a warning, and an
/// explanation harder than the threshold plus <see cref="ExplanationAllowance"/>. English is measured
/// too, as a rough guide.
/// </summary>
public static class ReadabilityRules
{
    public const int ExplanationAllowance = 10;

    /// <summary>LIX says little about a text of a few words ("Sentence." scores 101), so shorter texts are not judged.</summary>
    public const int MinWords = 5;

    /// <summary>Measures the terms of one file (files are read in parallel; the bag is thread-safe and sorted before anyone reads it).</summary>
    public static void Check(IEnumerable<Term> terms, int threshold, DiagnosticBag diagnostics)
    {
        foreach (var term in terms)
        {
            Check(term.Summary, "summary", term.Id, threshold, diagnostics);
            Check(term.Explanation, "explanation", term.Id, threshold + ExplanationAllowance, diagnostics);
        }
    }

    private static void Check(LocalizedText text, string field, string termId, int limit, DiagnosticBag diagnostics)
    {
        foreach (var (lang, value) in text.Values)
        {
            // The words and sentence ends of the plain text, without making it: white space is all that differs.
            var score = Lix.Of(Markdown.PlainText.Words(value.Value));
            if (score.Words >= MinWords && score.Value > limit)
            {
                diagnostics.Warning(
                    Codes.HardToRead,
                    value.Location,
                    string.Format(CultureInfo.InvariantCulture, "The {0} of '{1}' in '{2}' is hard to read: LIX {3:0} (the limit is {4}; {5} words in {6} sentence(s), {7} long words).", field, termId, lang, score.Value, limit, score.Words, score.Sentences, score.LongWords),
                    "use shorter sentences and everyday words; see docs/readability.md");
            }
        }
    }
}
