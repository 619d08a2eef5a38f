using Phrasebook.Content.Model;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Site;

namespace Phrasebook.Content.Validation;

/// <summary>The rules that span files, run once over the whole model after every file was read.</summary>
public static class ContentValidator
{
    public static void Validate(SiteContent content, DiagnosticBag diagnostics)
    {
        var site = new SiteIndex(content);
        UniquenessRules.Check(content, diagnostics);
        ReferenceRules.Check(site, diagnostics);
        CodeRules.Check(content, diagnostics);
        RedirectRules.Check(site, diagnostics);
        IdLinkRules.Check(site, diagnostics);
        CompletenessRules.Check(site, diagnostics);
    }
}
