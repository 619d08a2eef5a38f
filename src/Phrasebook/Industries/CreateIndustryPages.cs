using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Industries;

/// <summary>/{lang}/industries/{id}/: the terms of one industry.</summary>
public sealed class CreateIndustryPages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        foreach (var industry in site.Content.Industries)
        {
            yield return new PageModel("industry", view.Lang, site.Urls.Industry(view.Lang, industry.Id), view.Plain(industry.Name) ?? industry.Id, view.Plain(industry.Description) ?? "", "industry", () => Page(site, view, industry), industry.Location.Path)
            {
                UrlIn = lang => site.Urls.Industry(lang, industry.Id),
            };
        }
    }

    // Made when the page is rendered, not when it is listed: an industry lists thousands of terms.
    private static View Page(SiteIndex site, ViewFactory view, Industry industry)
    {
        var page = view.IndustryRef(industry);
        page["description"] = view.Text(industry.Description, block: true);
        page["terms"] = site.TermsByIndustry.GetValueOrDefault(industry.Id, [])
            .OrderBy(t => view.Plain(t.Title) ?? t.Id, view.Collation)
            .Select(view.TermRef)
            .ToList();
        return page;
    }
}
