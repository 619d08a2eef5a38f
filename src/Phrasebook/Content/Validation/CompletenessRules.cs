using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Validation;

/// <summary>
/// Warnings, not errors: a missing translation falls back to the default language (marked on the
/// page), and a missing role explanation leaves that role with the general text.
/// </summary>
internal static class CompletenessRules
{
    public static void Check(SiteIndex site, DiagnosticBag diagnostics)
    {
        // Every finding here is a warning: a host showing errors alone (the preview, on each save) skips the
        // whole pass, about 100,000 warnings at 10,000 terms.
        if (!diagnostics.KeepsWarnings)
        {
            return;
        }

        var settings = site.Settings;
        var others = settings.Languages.Skip(1).ToList();
        foreach (var term in site.Content.Terms)
        {
            foreach (var lang in others)
            {
                var missing = new List<(string Field, SourceLocation At)>();
                Missing(term.Title, "term", lang, missing);
                Missing(term.Summary, "summary", lang, missing);
                Missing(term.Explanation, "explanation", lang, missing, settings.DefaultLanguage);
                foreach (var role in term.Roles)
                {
                    Missing(role.Explanation, $"roles.{role.Role.Id}", lang, missing, settings.DefaultLanguage);
                }

                if (missing.Count > 0)
                {
                    // The hint says where each line goes, so the editor does not have to look for the fields.
                    var where = string.Join(", ", missing.Select(m => m.At.HasLine ? $"{m.Field} (line {m.At.Line})" : m.Field));
                    diagnostics.Warning(Codes.MissingTranslation, term.Location, $"The term '{term.Id}' is not translated to '{lang}': {string.Join(", ", missing.Select(m => m.Field))}.", $"add `{lang}: ...` under {where}; meanwhile the {settings.DefaultLanguage} text is shown, marked as not yet translated");
                }
            }

            if (term.Status == TermStatus.Current)
            {
                var explained = term.Roles.Select(r => r.Role.Id).ToHashSet(StringComparer.Ordinal);
                var missingRoles = site.Content.Roles.Where(r => !explained.Contains(r.Id)).Select(r => r.Id).ToList();
                if (missingRoles.Count > 0)
                {
                    diagnostics.Warning(Codes.MissingRoleText, term.Location, $"The term '{term.Id}' has no explanation for the role{(missingRoles.Count > 1 ? "s" : "")} {string.Join(", ", missingRoles)}.", "add them under `roles:`; the general explanation is shown meanwhile");
                }
            }
        }

        AmbiguousWords(site.Content, diagnostics);
        foreach (var doc in site.Content.Processes)
        {
            var missing = settings.Languages.Where(l => !doc.Languages.ContainsKey(l)).ToList();
            if (missing.Count > 0)
            {
                var primary = doc.Primary(settings.DefaultLanguage);
                diagnostics.Warning(Codes.MissingTranslation, new SourceLocation(primary.SourcePath, 1, 1), $"The process '{doc.Id}' has no file for {string.Join(", ", missing)}.", $"add input/processes/{doc.Id}.{missing[0]}.md; the {primary.Language} text is shown meanwhile");
            }
        }
    }

    private static void Missing(LocalizedText text, string field, string lang, List<(string, SourceLocation)> missing, string? onlyIfIn = null)
    {
        if (!text.Has(lang) && (onlyIfIn is null || text.Has(onlyIfIn)))
        {
            missing.Add((field, text.Location));
        }
    }

    /// <summary>A customer word two terms claim: search finds both, but auto-linking must leave it alone.</summary>
    /// <remarks>Words compare ignoring case without lowering each (a call into ICU per word, ~25 ms at 10,000 terms).</remarks>
    private static void AmbiguousWords(SiteContent content, DiagnosticBag diagnostics)
    {
        var byLanguage = new Dictionary<string, Dictionary<string, Term>>(StringComparer.Ordinal);
        foreach (var term in content.Terms)
        {
            foreach (var (lang, words) in term.CustomerWords.Values)
            {
                if (!byLanguage.TryGetValue(lang, out var owners))
                {
                    byLanguage[lang] = owners = new Dictionary<string, Term>(StringComparer.OrdinalIgnoreCase);
                }

                foreach (var word in words)
                {
                    var key = word.Value;
                    if (owners.TryGetValue(key, out var other) && other.Id != term.Id)
                    {
                        diagnostics.Warning(Codes.AmbiguousCustomerWord, word.Location, $"The customer word '{word.Value}' ({lang}) is also a customer word of the term '{other.Id}'.", "search finds both terms; the word is not linked automatically");
                    }
                    else
                    {
                        owners[key] = term;
                    }
                }
            }
        }
    }
}
