using Phrasebook.Content.Model;

namespace Phrasebook.Views;

public sealed partial class ViewFactory
{
    private readonly SharedTexts _termPageTexts = new();
    private readonly SharedTexts _rolePageTexts = new();

    /// <summary>
    /// The full term object of term and code pages. Made for each page and not kept: at 10,000 terms
    /// the views of every term in three languages take most of a gigabyte.
    /// </summary>
    public View Term(Term term)
    {
        var explained = term.Roles.Select(r => r.Role.Id).ToHashSet(StringComparer.Ordinal);
        var roles = Site.Content.Roles
            .Select(role => (Role: role, Text: term.Roles.FirstOrDefault(r => r.Role.Id == role.Id)))
            .Where(x => x.Text is not null)
            .Select(x => (x.Role, Text: x.Text!))
            .Select(x => new View
            {
                ["id"] = x.Role.Id,
                ["name"] = Plain(x.Role.Name),
                ["url"] = Site.Urls.Role(Lang, x.Role.Id),
                ["text"] = RoleText(term, x.Text),
                ["words"] = x.Text.Words.In(Lang).Select(w => w.Value).ToList(),
            })
            .ToList();

        var view = new View(TermRef(term));
        view.Defer("explanation", () => Text(term.Explanation, block: true, self: term.Id));
        view["customer_words"] = term.CustomerWords.In(Lang).Select(w => w.Value).ToList();
        view["roles"] = roles;
        view["missing_roles"] = Site.Content.Roles.Where(r => !explained.Contains(r.Id)).Select(r => Plain(r.Name)).ToList();
        view["patterns"] = term.Invoice?.Patterns.Select(p => p.Pattern).ToList() ?? [];
        view["example"] = term.Invoice is { } invoice ? Plain(invoice.Example) : null;
        view["when"] = term.Invoice is { } inv ? _termPageTexts.Get((term.Id, "invoice.when"), TermPagesUses(term), () => Text(inv.When, block: true, self: term.Id)) : null;
        view.Defer("related", () => term.Related.Where(r => Site.Terms.ContainsKey(r.Id)).Select(r => TermRef(Site.Terms[r.Id])).ToList());
        view.Defer("processes", () => term.Processes.Where(p => Site.Processes.ContainsKey(p.Id)).Select(p => ProcessRef(Site.Processes[p.Id])).OfType<View>().ToList());
        view["industry"] = Site.Industries.TryGetValue(term.Industry, out var industry) ? IndustryRef(industry) : null;
        view["replaced_by"] = term.ReplacedBy is { } by && Site.Terms.TryGetValue(by.Id, out var replacement) ? TermRef(replacement) : null;
        view.Defer("mentioned_in", () => MentionedIn(term.Id));
        view["updated"] = Site.History.LastChangedDay(term.SourcePath);
        view.Defer("changes", () => ChangeEntry.Of(term).Select(c => new View
        {
            ["date"] = c.Day,
            ["anchor"] = c.Anchor,
            ["note"] = Text(c.Change.Note, block: true, self: term.Id),
        }).ToList());
        return view;
    }

    /// <summary>A term's text for one role, as on its term page, for the role's pages (each term is on one of them and on the print page).</summary>
    public View? RoleText(Term term, string roleId) =>
        term.Roles.FirstOrDefault(r => r.Role.Id == roleId) is { } text
            ? _rolePageTexts.Get((term.Id, roleId), RolePagesUses, () => Text(text.Explanation, block: true, self: term.Id))
            : null;

    // Shared by a term's own pages. The role pages share theirs apart: a print page asks for a role's texts of every
    // term at once, which kept all texts of the site (a few hundred MB at 10,000 terms) until each term's own pages came.
    private View? RoleText(Term term, RoleText text) =>
        _termPageTexts.Get((term.Id, text.Role.Id), TermPagesUses(term), () => Text(text.Explanation, block: true, self: term.Id));

    /// <summary>The pages that show a term's whole view: its term page and each of its code pages.</summary>
    private static int TermPagesUses(Term term) => 1 + term.Codes.Length;

    /// <summary>The role's page that lists a term, and the role's print page.</summary>
    private const int RolePagesUses = 2;
}
