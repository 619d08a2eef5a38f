using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>The invoice code entries of a model, made once, when codes.json, the QR codes or _redirects first need them.</summary>
public static class CodeEntryFacts
{
    private static readonly ModelFact<IReadOnlyList<CodeEntry>> Entries = new(model => CodeEntry.Of(model.Index));

    extension(SiteModel model)
    {
        /// <summary>Every invoice code, sorted by slug: codes.json, the QR codes and _redirects share it.</summary>
        public IReadOnlyList<CodeEntry> CodeEntries => model.Fact(Entries);
    }
}
