using System.Collections.Immutable;
using Phrasebook.Content.Index;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.Permalinks;

/// <summary>
/// The invoice system's advocate: every URL in permalinks.txt must still be a page of the build
/// (a live page, a redirect_from page or a retired code's page), or the build fails naming the URL
/// and the likely cause. Emits the file with this build's new public URLs added, which
/// <c>build --update-permalinks</c> writes beside statiq.json. Without the file there is no guard.
/// </summary>
public sealed class GuardPermalinks(string root) : IModule<SiteModel>
{
    public const string UpdatedFile = PermalinkFile.FileName;

    private const string UpdatedKey = "permalinks.updated";

    /// <summary>permalinks.txt with this build's new public URLs added, from the Permalinks pipeline's documents, made when asked
    /// for: a check never asks (63,000 URLs sorted at 10,000 terms).</summary>
    public static string? Updated(IEnumerable<Document> permalinksOutput) =>
        permalinksOutput.FirstOrDefault(d => d.Destination == UpdatedFile)?.Get<Lazy<string>>(UpdatedKey)?.Value;

    private static Document Planned(Func<string> text) =>
        Document.FromBytes(UpdatedFile, ReadOnlyMemory<byte>.Empty).With(UpdatedKey, new Lazy<string>(text));

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var file = PermalinkFile.Read(root, context.Diagnostics);
        var all = context.AllOutputs().ToList();
        var published = all
            .Select(d => d.Get<PageModel>(PageModel.MetadataKey))
            .Where(p => p is { Permalink: true })
            .Select(p => "/" + p!.Url[site.Urls.Root.Length..]);
        if (file is null)
        {
            return Task.FromResult(inputs.Add(Planned(() => PermalinkFile.Empty.WithAdded(published))));
        }

        var files = all.Select(d => d.Destination).ToHashSet(StringComparer.Ordinal);
        var listed = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in file.Entries)
        {
            listed.Add(entry.Path.TrimEnd('/') + "/");
            if (!Builds(entry.Path, files))
            {
                var (cause, hint) = Cause(entry.Path, site);
                context.Diagnostics.Error(Codes.PermalinkLost, new SourceLocation(PermalinkFile.FileName, entry.Line, 1), $"The build no longer makes {entry.Path}, a published address (invoices may print it): {cause}.", hint);
            }
        }

        WarnUnpublished(site, listed, context.Diagnostics);
        return Task.FromResult(inputs.Add(Planned(() => file.WithAdded(published))));
    }

    private static bool Builds(string path, HashSet<string> files)
    {
        var relative = path.TrimStart('/');
        return relative.Length == 0 || relative.EndsWith('/')
            ? files.Contains(relative + "index.html")
            : files.Contains(relative) || files.Contains(relative + "/index.html");
    }

    /// <summary>Why a published URL is gone, from its shape (the content model's URL table), and how to keep it.</summary>
    private static (string Cause, string Hint) Cause(string path, SiteIndex site)
    {
        var parts = path.Trim('/').Split('/');
        var languages = site.Settings.Languages;
        if (parts is [var lang, ..] && parts.Length > 1 && lang != "c" && !languages.Contains(lang))
        {
            return ($"the language '{lang}' is no longer in Languages", $"add \"{lang}\" back to Languages in statiq.json");
        }

        switch (parts)
        {
            case [_, "terms", var id]:
                var renamed = Content.Reading.Suggest.Closest(id, site.Terms.Keys) is { } s ? $" (was it renamed to '{s}'?)" : "";
                return (
                    $"no term has the id '{id}' any more{renamed}",
                    $"if the term was renamed, add `redirect_from: [{id}]` to it; if it was removed, keep it with `status: deprecated` and `replaced_by: <id>`");
            case [_, "codes", var slug]:
                return CodeGone(slug);
            case ["c", var slug]:
                return CodeGone(slug);
            default:
                return ("the page is no longer built", "restore what made the page; the address was published and may be printed on invoices");
        }

        static (string, string) CodeGone(string slug) =>
            (
                $"no term lists the invoice code '{slug}' any more (was it removed or renamed?)",
                "list the old code under `invoice: retired_codes: [...]` of the term that replaced it, so its page says what replaced it");
    }

    /// <summary>A redirect or a retired code for an address that was never published is most likely a typo.</summary>
    private static void WarnUnpublished(SiteIndex site, HashSet<string> listed, DiagnosticBag diagnostics)
    {
        var lang = site.Settings.DefaultLanguage;
        foreach (var term in site.Content.Terms)
        {
            foreach (var old in term.RedirectFrom.Where(o => !listed.Contains(Relative(site, site.Urls.Term(lang, o.Id)))))
            {
                diagnostics.Warning(Codes.RedirectNeverPublished, old.Location, $"'{old.Id}' in redirect_from of '{term.Id}' was never published: permalinks.txt has no {Relative(site, site.Urls.Term(lang, old.Id))}.", "check the spelling of the old id; only an address that was published needs a redirect");
            }

            foreach (var code in term.RetiredCodes.Where(c => !listed.Contains(Relative(site, site.Urls.ShortLink(c.Slug)))))
            {
                diagnostics.Warning(Codes.RetiredCodeNeverPublished, code.Location, $"The retired code '{code.Code}' of '{term.Id}' was never published: permalinks.txt has no {Relative(site, site.Urls.ShortLink(code.Slug))}.", "check the spelling of the old code as it was printed on invoices");
            }
        }
    }

    private static string Relative(SiteIndex site, string url) => "/" + url[site.Urls.Root.Length..];
}
