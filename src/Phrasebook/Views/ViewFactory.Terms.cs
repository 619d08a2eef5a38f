using Phrasebook.Content.Model;

namespace Phrasebook.Views;

public sealed partial class ViewFactory
{
    private readonly SharedTexts _rolePageTexts = new();

    /// <summary>How many role texts wait for another page of this build to show them (for tests).</summary>
    internal int RoleTextsWaiting => _rolePageTexts.Count;

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
        view["when"] = term.Invoice is { } inv ? Text(inv.When, block: true, self: term.Id) : null;
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
    /// <param name="uses">How many of those pages this build renders (see <see cref="SharedTexts.Get"/>): a partial build renders few.</param>
    public View? RoleText(Term term, string roleId, int uses) =>
        term.Roles.FirstOrDefault(r => r.Role.Id == roleId) is { } text
            ? _rolePageTexts.Get((term.Id, roleId), uses, () => StoredRoleText(term, roleId, text))
            : null;

    /// <summary>The role text as an earlier build made it when the store has it, else rendered (and given to the store).</summary>
    private View? StoredRoleText(Term term, string roleId, RoleText text)
    {
        if (roleTexts is null || text.Explanation.Resolve(Lang, DefaultLang) is not { } r)
        {
            return Text(text.Explanation, block: true, self: term.Id);
        }

        var key = new RoleTextKey(Lang, roleId, term.Id, RoleTextKey.SourceOf(r.Value, r.Language));
        if (roleTexts.Find(key) is not { } html)
        {
            var linked = new List<string>();
            html = Html(r.Value, autolink: true, term.Id, linked);
            roleTexts.Add(key, html, linked);
        }

        return TextView(r.Value, r.Language, html);
    }

    // Made for each of a term's own pages (its term page and each code page), not shared: the code pages come later
    // than the term pages, and the texts kept for them until then raised a 10,000-term build's peak from 896-938 MB
    // to 1,027-1,077 MB (two cold builds each, back to back) for no CPU difference the runs could tell apart.
    private View? RoleText(Term term, RoleText text) => Text(text.Explanation, block: true, self: term.Id);
}
