using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes.Rules;

namespace Phrasebook.Content.Validation;

/// <summary>The rules that span files, run once over the whole model after every file was read.</summary>
public static class ContentValidator
{
    /// <param name="site">The lookups over the content, made once: the build keeps them.</param>
    /// <param name="unread">What files that could not be read would have defined: references to it are not reported.</param>
    /// <param name="maxParallelism">The groups of rules are independent (each only reads the model and adds to the bag, whose
    /// order does not matter: every report sorts it), so they run side by side; one after the other they were a quarter
    /// of a second on one core between reading 10,000 terms and rendering.</param>
    public static void Validate(SiteIndex site, DiagnosticBag diagnostics, UnreadContent? unread = null, int maxParallelism = 1)
    {
        var content = site.Content;
        var missing = unread ?? UnreadContent.None;
        Parallel.Invoke(
            new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, maxParallelism) },
            () => CompletenessRules.Check(site, diagnostics),
            () => UniquenessRules.Check(content, diagnostics),
            () => ReferenceRules.Check(site, diagnostics, missing),
            () => CodeRules.Check(content, diagnostics),
            () => RedirectRules.Check(site, diagnostics),
            () => IdLinkRules.Check(site, diagnostics, missing));
    }
}
