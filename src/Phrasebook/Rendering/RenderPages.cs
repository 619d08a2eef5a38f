using System.Collections.Frozen;
using System.Collections.Immutable;
using Fluid;
using Phrasebook.Content.Index;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Html;
using Phrasebook.Markdown.Syntax;
using Phrasebook.Site;
using Phrasebook.Theming;
using Phrasebook.Views;

namespace Phrasebook.Rendering;

/// <summary>
/// Renders each page's template, then the layout around it, in parallel. The variables shared by
/// every page of a language (site, t, roles) are built once per language, not once per page.
/// </summary>
public sealed class RenderPages : ParallelModule<SiteModel>
{
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _stopped = new(StringComparer.Ordinal);

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

        if (Render(input, page, theme, ctx, context) is { } rendered)
        {
            yield return rendered.With(PageModel.MetadataKey, page with { MakeObject = null });
        }
    }

    /// <summary>
    /// The page template, then the layout. A template that stops (past a limit of <see cref="TemplateLimits"/>,
    /// a partial it cannot find) or a text Markdig cannot parse is an error naming the template or the file,
    /// once; the other pages of a template that stopped are not rendered, so a runaway loop costs one page's
    /// steps, not every page's.
    /// </summary>
    private Document? Render(Document input, PageModel page, Theme theme, TemplateContext ctx, PipelineContext<SiteModel> context)
    {
        if (_stopped.ContainsKey(page.Type))
        {
            return null;
        }

        var template = page.Type;
        try
        {
            var content = PageContent.Rent();
            theme.Render(page.Type, ctx, content);
            ctx.SetValue("content", content.Value);
            var html = TidyHtmlWriter.Rent();
            template = Theme.LayoutName;
            theme.Render(Theme.LayoutName, ctx, html);
            // The page object is made; what the pipelines after this read of the page (its URL, alternates, type) stays.
            // Pages written (or, in a check, let go) as they are made give their bytes back at once; the preview keeps its
            // pages, in arrays of their size.
            return context.KeepsDocuments ? input.WithBytes(html.ToUtf8()) : RentedPage(input, html);
        }
        catch (Exception e) when (Find<MarkdownTooComplexException>(e) is { } markdown)
        {
            context.Diagnostics.Error(Codes.MarkdownTooComplex, new SourceLocation(page.SourcePath ?? "input"), $"A text of the page {page.Url} cannot be read as Markdown: {markdown.Message}", "nest lists, quotes, links and emphasis less deeply (docs/limits.md)");
            return null;
        }
        catch (Exception e) when (e is not OutOfMemoryException && Find<MarkdownTooComplexException>(e) is null)
        {
            if (_stopped.TryAdd(template, true))
            {
                context.Diagnostics.Error(Codes.TemplateStopped, new SourceLocation(theme.TemplatePath(template)), $"The template stopped while rendering {page.Url}: {Explain(e)}", "look for a partial that renders itself, a very long loop or range, or a partial that does not exist (docs/limits.md)");
            }

            return null;
        }
    }

    private static T? Find<T>(Exception e)
        where T : Exception =>
        e switch
        {
            T t => t,
            AggregateException { InnerExceptions: [var only] } => Find<T>(only),
            { InnerException: { } inner } => Find<T>(inner),
            _ => null,
        };

    /// <summary>Fluid says "recursion" both for partials nested too deep and for too many steps.</summary>
    private static string Explain(Exception e)
    {
        var inner = e is AggregateException { InnerExceptions: [var only] } ? only : e;
        return inner.Message.Contains("maximum level of recursion", StringComparison.Ordinal) || inner.Message.Contains("maximum number of statements", StringComparison.Ordinal)
            ? $"partials nested more than {TemplateLimits.MaxRecursion} deep, or more than {TemplateLimits.MaxSteps:N0} steps for one page"
            : inner.Message;
    }

    private static Document RentedPage(Document input, TidyHtmlWriter html)
    {
        var (array, length, pooled) = html.ToRentedUtf8();
        return pooled ? input.WithRentedBytes(array, length) : input.WithBytes(array.AsMemory(0, length));
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
