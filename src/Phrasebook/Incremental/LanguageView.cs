using System.IO.Hashing;
using System.Text;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;

namespace Phrasebook.Incremental;

/// <summary>
/// A hash of everything a page in one language can show of a term: every field that is not a text, the term's git
/// date, and each text as that language resolves it (its own value, else the default language's). An edit that leaves
/// a language's hash alone changes no page in that language through this term, so an edit of the English summary
/// re-renders the English role phrasebooks and lists, not the Norwegian and Swedish ones. Conservative: a list of
/// words counts in the language and in the default language.
/// </summary>
public static class LanguageView
{
    public static UInt128 Hash(SiteIndex site, Term term, string lang)
    {
        var def = site.Settings.DefaultLanguage;
        var s = new StringBuilder();
        void Add(object? value) => s.Append(value?.ToString() ?? "\u0002").Append('\u001f');
        void Text(LocalizedText text) => Add(text.Resolve(lang, def) is { } r ? $"{r.Language}:{r.IsFallback}:{r.Value}" : null);
        void List(LocalizedList list) => Add(string.Join('\u001e', list.In(lang).Select(w => w.Value)) + "\u001d" + string.Join('\u001e', list.In(def).Select(w => w.Value)));
        void Codes(IEnumerable<InvoiceCode> codes) => Add(string.Join('\u001e', codes.Select(c => $"{c.Code}\u001d{c.Slug}\u001d{c.Since}")));
        void Ids(IEnumerable<Reference> references) => Add(string.Join('\u001e', references.Select(r => r.Id)));

        Add(term.Id);
        Add(term.SourcePath);
        Add(term.Industry);
        Text(term.Title);
        Text(term.Abbreviation);
        List(term.CustomerWords);
        Text(term.Summary);
        Text(term.Explanation);
        Add(term.Roles.Length);
        foreach (var role in term.Roles)
        {
            Add(role.Role.Id);
            Text(role.Explanation);
            List(role.Words);
        }

        Add(term.Invoice is not null);
        if (term.Invoice is { } invoice)
        {
            Codes(invoice.Codes);
            Add(string.Join('\u001e', invoice.Patterns.Select(p => p.Pattern)));
            Text(invoice.Example);
            Text(invoice.When);
            Codes(invoice.RetiredCodes);
        }

        Ids(term.Related);
        Ids(term.Processes);
        Add(term.Status);
        Add(term.ReplacedBy?.Id);
        Add(term.Changes.Length);
        foreach (var change in term.Changes)
        {
            Add(change.Date);
            Text(change.Note);
        }

        Add(term.AutoLink);
        Ids(term.RedirectFrom);
        Add(site.History.LastChanged(term.SourcePath)?.ToUniversalTime().Ticks);
        return XxHash128.HashToUInt128(Encoding.UTF8.GetBytes(s.ToString()));
    }
}
