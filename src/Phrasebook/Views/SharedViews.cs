using System.Collections.Frozen;
using Phrasebook.AutoLinks;
using Phrasebook.Content.Index;
using Phrasebook.Markdown;
using Phrasebook.Search.Files;
using Phrasebook.Theming;

namespace Phrasebook.Views;

/// <summary>The template variables every page of one language shares, and its view factory, built once per build.</summary>
public sealed class SharedViews
{
    private readonly FrozenDictionary<string, Language> _languages;

    public SharedViews(SiteIndex site, Theme theme, MarkdownRenderer markdown, TermMatchers matchers, Mentions mentions, IRoleTextStore? roleTexts = null)
    {
        var settings = site.Settings;
        var css = theme.Assets.FirstOrDefault(a => a.Path == "site.css");
        var js = theme.Assets.FirstOrDefault(a => a.Path == "site.js");
        _languages = settings.Languages.ToFrozenDictionary(lang => lang, lang =>
        {
            var view = new ViewFactory(site, markdown, theme, lang, matchers, mentions, roleTexts);
            return new Language(
                view,
                new View
                {
                    ["title"] = view.Plain(settings.SiteTitle),
                    ["lang"] = lang,
                    ["default_lang"] = settings.DefaultLanguage,
                    ["root"] = site.Urls.Root,
                    ["root_url"] = settings.AbsoluteUrl(site.Urls.Root),
                    ["brand_color"] = settings.BrandColor,
                    ["logo_url"] = settings.Logo is { } logo ? site.Urls.Asset(logo) : null,
                    ["contact"] = view.Text(settings.Contact),
                    ["css_url"] = css is null ? null : $"{site.Urls.Theme(css.Path)}?v={css.Hash}",
                    ["js_url"] = js is null ? null : $"{site.Urls.Theme(js.Path)}?v={js.Hash}",
                    ["generator"] = "Phrasebook",
                    ["csp"] = theme.ContentSecurityPolicy,
                    ["search"] = Search(site, lang),
                    ["changes_feed_url"] = site.Urls.ChangesFeed(lang),
                },
                theme.StringsFor(lang).ToDictionary(p => p.Key, p => (object?)p.Value, StringComparer.Ordinal),
                [.. site.Content.Roles.Select(view.RoleRef)],
                new View
                {
                    ["home"] = site.Urls.Home(lang),
                    ["terms"] = site.Urls.Terms(lang),
                    ["codes"] = site.Urls.Codes(lang),
                    ["search"] = site.Urls.Search(lang),
                    ["invoice"] = site.Urls.Invoice(lang),
                    ["codes_json"] = site.Urls.Asset("codes.json"),
                    ["changes"] = site.Urls.Changes(lang),
                    ["changes_feed"] = site.Urls.ChangesFeed(lang),
                });
        }, StringComparer.Ordinal);
    }

    public Language For(string lang) => _languages[lang];

    /// <summary>What the search script needs: where the index, display data and lunr scripts are.</summary>
    private static View Search(SiteIndex site, string lang)
    {
        var lunr = SearchLanguage.For(lang);
        return new View
        {
            ["lang"] = lunr.Code,
            ["index_url"] = site.Urls.Asset(SearchFiles.IndexPath(lang)),
            ["docs_url"] = site.Urls.Asset(SearchFiles.DocsPath(lang)),
            ["text_url"] = site.Urls.Asset(SearchFiles.TextPath(lang)),
            ["scripts"] = SearchScripts.For(lunr.Code).Select(s => site.Urls.Asset(SearchScripts.Folder + s)).ToList(),
            ["page_url"] = site.Urls.Search(lang),
            ["terms_url"] = site.Urls.Terms(lang),
            ["codes_url"] = site.Urls.Codes(lang),
            ["feedback_url"] = FeedbackLink.Template(site.Settings),
        };
    }

    /// <param name="Views">The language's view factory, shared by all page modules so each term's views are built once.</param>
    public sealed record Language(ViewFactory Views, View Site, Dictionary<string, object?> Strings, List<View> Roles, View Urls);
}
