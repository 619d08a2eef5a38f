using System.Collections.Frozen;
using System.Collections.Immutable;
using Fluid;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;
using Phrasebook.Theming;

namespace Phrasebook.Rendering;

/// <summary>
/// Renders each page's template, then the layout around it, in parallel. The variables shared by
/// every page of a language (site, t, roles) are built once per language, not once per page.
/// </summary>
public sealed class RenderPages : ParallelModule<SiteModel>
{
    private static readonly IReadOnlyDictionary<string, string> LanguageNames = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["nb"] = "Norsk (bokmål)",
        ["nn"] = "Norsk (nynorsk)",
        ["no"] = "Norsk",
        ["sv"] = "Svenska",
        ["da"] = "Dansk",
        ["en"] = "English",
        ["fi"] = "Suomi",
        ["is"] = "Íslenska",
        ["de"] = "Deutsch",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static string LanguageName(string lang) => LanguageNames.GetValueOrDefault(lang, lang);

    protected override IEnumerable<Document> Execute(Document input, PipelineContext<SiteModel> context)
    {
        if (input.Get<PageModel>(PageModel.MetadataKey) is not { } page)
        {
            yield return input;
            yield break;
        }

        var site = context.Model.Index;
        var theme = context.Model.Theme;
        var shared = context.Model.Views.For(page.Lang);
        var options = theme.Options;
        var ctx = new TemplateContext(options);
        ctx.SetValue("site", shared.Site);
        ctx.SetValue("t", shared.Strings);
        ctx.SetValue("roles", shared.Roles);
        ctx.SetValue("page", PageView(site, page, shared));
        if (page.MakeObject?.Invoke() is { } pageObject)
        {
            ctx.SetValue(page.ObjectName, pageObject);
        }

        var content = PageContent.Rent();
        theme.Render(page.Type, ctx, content);
        ctx.SetValue("content", content.Value);
        var html = TidyHtmlWriter.Rent();
        theme.Render(Theme.LayoutName, ctx, html);
        // The page object is made; what the pipelines after this read of the page (its URL, alternates, type) stays.
        // Pages written as they are made give their bytes back at once; the preview keeps its pages, in arrays of their size.
        var rendered = context.OutputFolder is null ? input.WithBytes(html.ToUtf8()) : RentedPage(input, html);
        yield return rendered.With(PageModel.MetadataKey, page with { MakeObject = null });
    }

    private static Document RentedPage(Document input, TidyHtmlWriter html)
    {
        var (array, length) = html.ToRentedUtf8();
        return input.WithRentedBytes(array, length);
    }

    private static View PageView(SiteIndex site, PageModel page, SharedViews.Language shared)
    {
        var settings = site.Settings;
        var languages = page.Languages ?? settings.Languages;
        return new View
        {
            ["type"] = page.Type,
            ["title"] = page.Title,
            ["description"] = page.Description,
            ["url"] = page.Url,
            ["canonical"] = settings.AbsoluteUrl(page.RedirectTo ?? page.Url),
            ["redirect_url"] = page.RedirectTo,
            ["lang"] = page.Lang,
            ["dir"] = "ltr",
            ["edit_url"] = page.SourcePath is { } source && settings.EditLink is { } edit ? edit.Replace("{path}", site.History.RepoPath(source), StringComparison.Ordinal) : null,
            ["alternates"] = languages.Select(lang =>
            {
                var url = page.UrlIn?.Invoke(lang) ?? page.Url;
                return new View
                {
                    ["lang"] = lang,
                    ["name"] = LanguageName(lang),
                    ["url"] = url,
                    ["absolute_url"] = settings.AbsoluteUrl(url),
                    ["current"] = lang == page.Lang && page.Type != "root",
                };
            }).ToList(),
            ["urls"] = page.Type == "root" ? null : shared.Urls,
        };
    }
}
