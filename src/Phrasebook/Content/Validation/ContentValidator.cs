using Phrasebook.Engine.Diagnostics;
using Phrasebook.Site;

namespace Phrasebook.Content.Validation;

/// <summary>The rules that span files, run once over the whole model after every file was read.</summary>
public static class ContentValidator
{
    /// <param name="site">The lookups over the content, made once: the build keeps them.</param>
    public static void Validate(SiteIndex site, DiagnosticBag diagnostics)
    {
        var content = site.Content;
        UniquenessRules.Check(content, diagnostics);
        ReferenceRules.Check(site, diagnostics);
        CodeRules.Check(content, diagnostics);
        RedirectRules.Check(site, diagnostics);
        IdLinkRules.Check(site, diagnostics);
        CompletenessRules.Check(site, diagnostics);
    }
}
