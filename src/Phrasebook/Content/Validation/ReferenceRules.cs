using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Validation;

/// <summary>Every id a file names (roles, related terms, processes, industries, replaced_by) must exist.</summary>
internal static class ReferenceRules
{
    public static void Check(SiteIndex site, DiagnosticBag diagnostics, UnreadContent unread)
    {
        foreach (var term in site.Content.Terms)
        {
            foreach (var role in term.Roles)
            {
                Exists(role.Role, "role", site.Roles, "input/roles.yml", diagnostics, unread.Roles);
            }

            foreach (var related in term.Related)
            {
                Exists(related, "term", site.Terms, "a term file", diagnostics, unread.Terms, unread.DroppedTerms);
                if (related.Id == term.Id)
                {
                    diagnostics.Error(Codes.UnknownReference, related.Location, $"The term '{term.Id}' lists itself as related.", "remove it from related");
                }
            }

            foreach (var process in term.Processes)
            {
                Exists(process, "process", site.Processes, "input/processes/", diagnostics, unread.Processes);
            }

            if (term.ReplacedBy is { } by && Exists(by, "term", site.Terms, "a term file", diagnostics, unread.Terms, unread.DroppedTerms))
            {
                var replacement = site.Terms[by.Id];
                if (replacement.Id == term.Id || replacement.Status != TermStatus.Current)
                {
                    diagnostics.Error(Codes.InvalidReplacement, by.Location, $"'replaced_by' must name a current term; '{by.Id}' is {(replacement.Id == term.Id ? "this term itself" : "deprecated too")}.", "name the term that is in use today");
                }
            }
        }

        foreach (var process in site.Content.Processes)
        {
            foreach (var source in process.Languages.Values)
            {
                foreach (var role in source.Roles)
                {
                    Exists(role, "role", site.Roles, "input/roles.yml", diagnostics, unread.Roles);
                }

                foreach (var industry in source.Industries)
                {
                    Exists(industry, "industry", site.Industries, "input/industries/", diagnostics, unread.Industries);
                }
            }
        }
    }

    // A hashed lookup: the ids are checked once per reference, and a linear search made this O(terms x references).
    private static bool Exists<T>(Reference reference, string what, IReadOnlyDictionary<string, T> known, string where, DiagnosticBag diagnostics, IReadOnlySet<string> unread, IReadOnlyDictionary<string, DroppedTerm>? dropped = null)
    {
        if (known.ContainsKey(reference.Id))
        {
            return true;
        }

        if (unread.Contains(reference.Id))
        {
            // Defined in a file that could not be read: that file's error is the one to fix.
            return false;
        }

        if (dropped is not null && dropped.TryGetValue(reference.Id, out var term))
        {
            if (term.FixedByHint)
            {
                return false;
            }

            // Written, but its id was refused: reported after that error and pointing at it, since the
            // editor may settle on another id than the one this reference uses.
            diagnostics.Add(Diagnostic.Error(Codes.UnknownReference, reference.Location, $"There is no {what} with the id '{reference.Id}', {term.Because}.", "fix that id first, then name here the id chosen there").Because(term.At));
            return false;
        }

        var hint = Suggest.Closest(reference.Id, known.Keys) is { } s ? $"did you mean '{s}'?" : $"{what} ids are defined in {where}";
        diagnostics.Error(Codes.UnknownReference, reference.Location, $"There is no {what} with the id '{reference.Id}'.", hint);
        return false;
    }
}
