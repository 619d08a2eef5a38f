using Phrasebook.Content.Model;
using Phrasebook.Rendering;
using Phrasebook.Site;
using Phrasebook.Views;

namespace Phrasebook.Pages;

/// <summary>/{lang}/: roles, industries, processes, and the home text from pages/index.&lt;lang&gt;.md.</summary>
public sealed class CreateHomePages : PageModule
{
    protected override IEnumerable<PageModel> Pages(SiteModel model, ViewFactory view, WantedPages wanted)
    {
        var site = model.Index;
        var intro = site.Pages.TryGetValue(SiteContent.IndexPageId, out var index) && index.Resolve(view.Lang, site.Settings.DefaultLanguage) is { } r
            ? view.Body(r.Value, r.Language)
            : null;
        var home = new View
        {
            ["intro"] = intro,
            ["roles"] = site.Content.Roles.Select(role =>
            {
                var v = view.RoleRef(role);
                v["term_count"] = site.TermsByRole.GetValueOrDefault(role.Id, []).Length;
                return v;
            }).ToList(),
            ["industries"] = site.Content.Industries.Select(industry =>
            {
                var v = view.IndustryRef(industry);
                v["description"] = view.Plain(industry.Description);
                v["term_count"] = site.TermsByIndustry.GetValueOrDefault(industry.Id, []).Length;
                return v;
            }).ToList(),
            ["processes"] = site.Content.Processes
                .Select(view.ProcessRef)
                .OfType<View>()
                .OrderBy(p => p["order"] as int? ?? int.MaxValue)
                .ThenBy(p => (string)p["id"]!, StringComparer.Ordinal)
                .ToList(),
        };
        var title = view.Plain(site.Settings.SiteTitle) ?? view.T("home_title");
        yield return new PageModel("home", view.Lang, site.Urls.Home(view.Lang), title, intro?["text"] is string s ? FirstLine(s) : title, "home", () => home, index?.Resolve(view.Lang, site.Settings.DefaultLanguage)?.Value.SourcePath)
        {
            UrlIn = site.Urls.Home,
        };
    }

    private static string FirstLine(string markdown) =>
        markdown.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.Length > 0 && !l.StartsWith('#')) ?? "";
}
