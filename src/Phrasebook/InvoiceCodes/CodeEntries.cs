using Phrasebook.Content.Index;
using Phrasebook.Content.Model;

namespace Phrasebook.InvoiceCodes;

/// <summary>One invoice code with everything an invoicing system needs, per site language.</summary>
public sealed record CodeEntry(
    string Code,
    string Slug,
    Term Term,
    IReadOnlyDictionary<string, string> Titles,
    IReadOnlyDictionary<string, string> Summaries,
    IReadOnlyDictionary<string, string> Urls,
    IReadOnlyDictionary<string, string> TermUrls,
    string ShortUrl,
    string QrUrl)
{
    /// <summary>Every code of the site, sorted by slug; kept by each model (<see cref="CodeEntryFacts"/>), shared by codes.json, QR codes and _redirects.</summary>
    public static IReadOnlyList<CodeEntry> Of(SiteIndex site)
    {
        var settings = site.Settings;
        Dictionary<string, string> PerLanguage(Func<string, string> value) =>
            settings.Languages.ToDictionary(l => l, value, StringComparer.Ordinal);

        return
        [
            .. site.Content.Terms
                .SelectMany(t => t.Codes.Select(c => (Code: c, Term: t)))
                .OrderBy(x => x.Code.Slug, StringComparer.Ordinal)
                .Select(x => new CodeEntry(
                    x.Code.Code,
                    x.Code.Slug,
                    x.Term,
                    PerLanguage(l => x.Term.Title.Resolve(l, settings.DefaultLanguage)?.Value ?? x.Term.Id),
                    PerLanguage(l => Markdown.PlainText.Of(x.Term.Summary.Resolve(l, settings.DefaultLanguage)?.Value ?? "")),
                    PerLanguage(l => settings.AbsoluteUrl(site.Urls.Code(l, x.Code.Slug))),
                    PerLanguage(l => settings.AbsoluteUrl(site.Urls.Term(l, x.Term.Id))),
                    settings.AbsoluteUrl(site.Urls.ShortLink(x.Code.Slug)),
                    settings.AbsoluteUrl(site.Urls.ShortLink(x.Code.Slug) + QrPath))),
        ];
    }

    public const string QrPath = "qr.svg";
}
