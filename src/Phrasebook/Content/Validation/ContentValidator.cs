using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes.Rules;

namespace Phrasebook.Content.Validation;

/// <summary>The rules that span files, run once over the whole model after every file was read.</summary>
public static class ContentValidator
{
    /// <param name="site">The lookups over the content, made once: the build keeps them.</param>
    /// <param name="unread">What files that could not be read would have defined: references to it are not reported.</param>
    public static void Validate(SiteIndex site, DiagnosticBag diagnostics, UnreadContent? unread = null)
    {
        var content = site.Content;
        UniquenessRules.Check(content, diagnostics);
        ReferenceRules.Check(site, diagnostics, unread ?? UnreadContent.None);
        CodeRules.Check(content, diagnostics);
        RedirectRules.Check(site, diagnostics);
        IdLinkRules.Check(site, diagnostics, unread ?? UnreadContent.None);
        CompletenessRules.Check(site, diagnostics);
    }
}
