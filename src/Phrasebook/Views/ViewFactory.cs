using System.Collections.Concurrent;
using Phrasebook.AutoLinks;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Markdown;
using Phrasebook.Theming;

namespace Phrasebook.Views;

/// <summary>Builds the template shapes of docs/theming.md for one page language.</summary>
public sealed partial class ViewFactory
{
    private readonly SiteIndex site;
    private readonly MarkdownRenderer markdown;
    private readonly Theme theme;
    private readonly string lang;
    private readonly Mentions mentions;
    private readonly IRoleTextStore? roleTexts;

    /// <param name="roleTexts">Role texts of earlier builds, and where this build's go (the build cache's); null: rendered every time.</param>
    public ViewFactory(SiteIndex site, MarkdownRenderer markdown, Theme theme, string lang, TermMatchers matchers, Mentions mentions, IRoleTextStore? roleTexts = null)
    {
        (this.site, this.markdown, this.theme, this.lang, this.mentions, this.roleTexts) = (site, markdown, theme, lang, mentions, roleTexts);
        _linker = new(() => new AutoLinker(
            site,
            lang,
            matchers.For(site, lang),
            Tooltip));
        _mentions = new(ComputeMentions);
    }

    private readonly ConcurrentDictionary<string, WeakReference<View>> _termRefs = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string?> _tooltips = new(StringComparer.Ordinal);
    private readonly Lazy<AutoLinker> _linker;

    public string Lang => lang;

    /// <summary>A UI string of the page language (page titles the build sets).</summary>
    public string T(string key) => theme.String(lang, key);

    public SiteIndex Site => site;

    private Urls Urls => site.Urls;

    private string DefaultLang => site.Settings.DefaultLanguage;

    /// <summary>
    /// A Text: plain text, HTML, and whether the default language stands in for this one. Block
    /// (Markdown) texts get their mentions of other terms linked, never to <paramref name="self"/>.
    /// </summary>
    public View? Text(LocalizedText text, bool block = false, string? self = null)
    {
        if (text.Resolve(lang, DefaultLang) is not { } r)
        {
            return null;
        }

        return PlainText(r.Value, r.Language, block, autolink: block, self);
    }

    /// <summary>A Text for a value that exists in one language only (process titles and bodies).</summary>
    public View PlainText(string value, string valueLang, bool block = false, bool autolink = false, string? self = null) =>
        TextView(value, valueLang, block ? Html(value, autolink, self) : markdown.RenderInline(value, lang));

    private View TextView(string value, string valueLang, string html) => new()
    {
        ["text"] = value,
        ["html"] = html,
        ["untranslated"] = valueLang != lang,
        ["lang"] = valueLang,
    };

    /// <param name="linked">When given, gets the terms auto-linked.</param>
    private string Html(string markdownText, bool autolink, string? self, ICollection<string>? linked = null)
    {
        var html = markdown.Render(markdownText, lang);
        return autolink ? _linker.Value.LinkRendered(html, markdownText, self, linked) : html;
    }

    /// <summary>A term's summary as plain text, for the tooltips of auto-links; one Markdown pass per term, not per mention.</summary>
    private string? Tooltip(string termId) => _tooltips.GetOrAdd(termId, id =>
        site.Terms.TryGetValue(id, out var t) ? Markdown.PlainText.Of(Plain(t.Summary) ?? "") : null);

    public string? Plain(LocalizedText text) => text.Resolve(lang, DefaultLang)?.Value;

    public View CodeRef(InvoiceCode code) => new()
    {
        ["code"] = code.Code,
        ["slug"] = code.Slug,
        ["url"] = Urls.Code(lang, code.Slug),
        ["short_url"] = Urls.ShortLink(code.Slug),
        ["since"] = code.Since?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
    };

    /// <summary>A term as it appears in lists, shared by every page (do not change it).</summary>
    /// <remarks>
    /// Kept while pages use it and until the collector needs the room: the role, industry, A-Z and
    /// process pages list a term one after the other, but all 30,000 of a 10,000-term site held for the
    /// whole build were about 60 MB. Made again (the same) when it was let go.
    /// </remarks>
    public View TermRef(Term term)
    {
        if (_termRefs.TryGetValue(term.Id, out var kept) && kept.TryGetTarget(out var view))
        {
            return view;
        }

        view = NewTermRef(term);
        _termRefs[term.Id] = new WeakReference<View>(view);
        return view;
    }

    private View NewTermRef(Term term) => new()
    {
        ["id"] = term.Id,
        ["url"] = Urls.Term(lang, term.Id),
        ["title"] = Text(term.Title),
        ["abbreviation"] = Plain(term.Abbreviation),
        ["summary"] = Text(term.Summary),
        ["codes"] = term.Codes.Select(CodeRef).ToList(),
        ["deprecated"] = term.Status == TermStatus.Deprecated,
        ["letter"] = Letter(Plain(term.Title) ?? term.Id),
    };

    public View RoleRef(Role role) => new()
    {
        ["id"] = role.Id,
        ["name"] = Plain(role.Name),
        ["description"] = Plain(role.Description),
        ["url"] = Urls.Role(lang, role.Id),
    };

    public View IndustryRef(Industry industry) => new()
    {
        ["id"] = industry.Id,
        ["name"] = Plain(industry.Name),
        ["url"] = Urls.Industry(lang, industry.Id),
    };

    public View? ProcessRef(MarkdownDocument process)
    {
        if (process.Resolve(lang, DefaultLang) is not { } r)
        {
            return null;
        }

        return new View
        {
            ["id"] = process.Id,
            ["url"] = Urls.Process(lang, process.Id),
            ["title"] = PlainText(r.Value.Title, r.Language),
            ["summary"] = r.Value.Summary is { } s ? PlainText(s, r.Language) : null,
            ["order"] = r.Value.Order,
        };
    }

    /// <summary>The A-Z group of a title: its first letter, upper-cased; digits and signs go under "#".</summary>
    public static string Letter(string title)
    {
        var first = title.TrimStart().FirstOrDefault();
        return char.IsLetter(first) ? char.ToUpperInvariant(first).ToString() : "#";
    }

    public IComparer<string> Collation => site.Collation(lang);
}
