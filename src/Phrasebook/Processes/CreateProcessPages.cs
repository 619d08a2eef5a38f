using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Processes;

/// <summary>/{lang}/processes/{id}/: one process description with the terms met in it.</summary>
public sealed class CreateProcessPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        foreach (var process in site.Content.Processes)
        {
            if (process.Resolve(view.Lang, site.Settings.DefaultLanguage) is not { } resolved)
            {
                continue;
            }

            var source = resolved.Value;
            yield return new PageModel("process", view.Lang, site.Urls.Process(view.Lang, process.Id), source.Title, source.Summary ?? "", "process", () => Page(model, view, process, source, resolved.Language), source.SourcePath)
            {
                UrlIn = lang => site.Urls.Process(lang, process.Id),
            };
        }
    }

    private static View Page(SiteModel model, ViewFactory view, MarkdownDocument process, MarkdownSource source, string language)
    {
        var site = model.Index;
        var page = view.ProcessRef(process)!;
        var body = view.Body(source, language);
        page["body"] = body;
        page["toc"] = source.Headings.Select(h => new View { ["id"] = h.Id, ["text"] = h.Text, ["level"] = h.Level }).ToList();
        page["roles"] = source.Roles.Where(r => site.Roles.ContainsKey(r.Id)).Select(r => view.RoleRef(site.Roles[r.Id])).ToList();
        page["industries"] = source.Industries.Where(i => site.Industries.ContainsKey(i.Id)).Select(i => view.IndustryRef(site.Industries[i.Id])).ToList();
        var terms = model.Mentions.Of(process, view.Lang)
            .Select(id => site.Terms[id])
            .Concat(site.TermsByProcess.GetValueOrDefault(process.Id, []))
            .DistinctBy(t => t.Id)
            .ToList();
        page["terms"] = terms.Select(view.TermRef).ToList();

        // About invoices (docs/editors.md): a term met in it is printed on invoices, so its reader
        // may hold one and is offered "explain my invoice".
        page["about_invoices"] = terms.Any(t => t.Codes.Length > 0 || t.RetiredCodes.Length > 0);
        return page;
    }
}
