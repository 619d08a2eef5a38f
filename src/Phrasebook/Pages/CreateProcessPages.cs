using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Pages;

/// <summary>/{lang}/processes/{id}/: one process description with the terms met in it.</summary>
public sealed class CreateProcessPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteIndex site, ViewFactory view)
    {
        foreach (var process in site.Content.Processes)
        {
            if (process.Resolve(view.Lang, site.Settings.DefaultLanguage) is not { } resolved)
            {
                continue;
            }

            var source = resolved.Value;
            var page = view.ProcessRef(process)!;
            page["body"] = view.PlainText(source.Body, resolved.Language, block: true, autolink: source.AutoLink);
            page["roles"] = source.Roles.Where(r => site.Roles.ContainsKey(r.Id)).Select(r => view.RoleRef(site.Roles[r.Id])).ToList();
            page["industries"] = source.Industries.Where(i => site.Industries.ContainsKey(i.Id)).Select(i => view.IndustryRef(site.Industries[i.Id])).ToList();
            page["terms"] = TermsOf(site, process.Id, source.Body).Select(view.TermRef).ToList();
            yield return new PageModel("process", view.Lang, site.Urls.Process(view.Lang, process.Id), source.Title, source.Summary ?? "", "process", page, source.SourcePath)
            {
                UrlIn = lang => site.Urls.Process(lang, process.Id),
            };
        }
    }

    /// <summary>Terms linked from the text in order of first link, then terms that list the process.</summary>
    private static IEnumerable<Content.Model.Term> TermsOf(SiteIndex site, string processId, string body)
    {
        var linked = MarkdownLinks.TermIds(body).Where(site.Terms.ContainsKey).Select(id => site.Terms[id]);
        return linked.Concat(site.TermsByProcess.GetValueOrDefault(processId, [])).DistinctBy(t => t.Id);
    }
}
