using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Pages;

/// <summary>/{lang}/industries/{id}/: the terms of one industry.</summary>
public sealed class CreateIndustryPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteIndex site, ViewFactory view)
    {
        foreach (var industry in site.Content.Industries)
        {
            var page = view.IndustryRef(industry);
            page["description"] = view.Text(industry.Description, block: true);
            page["terms"] = site.TermsByIndustry.GetValueOrDefault(industry.Id, [])
                .OrderBy(t => view.Plain(t.Title) ?? t.Id, view.Collation)
                .Select(view.TermRef)
                .ToList();
            yield return new PageModel("industry", view.Lang, site.Urls.Industry(view.Lang, industry.Id), view.Plain(industry.Name) ?? industry.Id, view.Plain(industry.Description) ?? "", "industry", () => page, industry.Location.Path)
            {
                UrlIn = lang => site.Urls.Industry(lang, industry.Id),
            };
        }
    }
}
