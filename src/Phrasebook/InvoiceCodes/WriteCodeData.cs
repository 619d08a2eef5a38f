using System.Collections.Immutable;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Content.Index;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Lunr.Index;
using Phrasebook.Site;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// /codes.json and /codes.csv: every code with its term, summary and URLs per language, for invoicing
/// systems (schema documented in docs/codes-json.md; fields are only ever added).
/// </summary>
public sealed class WriteCodeData : IModule<SiteModel>
{
    public const int SchemaVersion = 1;

    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var site = context.Model.Index;
        var codes = context.Model.CodeEntries;
        return Task.FromResult(inputs.AddRange(
            DataFile.Plan("codes.json", null, () => Json(site, codes)),
            DataFile.Plan("codes.csv", null, () => Encoding.UTF8.GetBytes(Csv(site.Settings, codes)))));
    }

    private static byte[] Json(SiteIndex site, IReadOnlyList<CodeEntry> codes)
    {
        var settings = site.Settings;
        // Written in pooled pieces and copied once: 30 MB at 10,000 terms, which a growing stream copied at every doubling.
        using var stream = new PooledByteBuffer();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", SchemaVersion);
            json.WriteString("base_url", settings.AbsoluteUrl(site.Urls.Root));
            json.WriteString("default_language", settings.DefaultLanguage);
            json.WriteStartArray("languages");
            settings.Languages.ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteStartArray("codes");
            foreach (var c in codes)
            {
                json.WriteStartObject();
                json.WriteString("code", c.Code);
                json.WriteString("slug", c.Slug);
                json.WriteString("term_id", c.Term.Id);
                json.WriteString("status", c.Term.Status == TermStatus.Deprecated ? "deprecated" : "current");
                Map(json, "term", c.Titles);
                Map(json, "summary", c.Summaries);
                Map(json, "url", c.Urls);
                Map(json, "term_url", c.TermUrls);
                json.WriteString("short_url", c.ShortUrl);
                json.WriteString("qr_url", c.QrUrl);
                json.WriteStartArray("patterns");
                foreach (var p in c.Term.Invoice?.Patterns ?? [])
                {
                    json.WriteStringValue(p.Pattern);
                }

                json.WriteEndArray();
                WriteExplanation(json, site, c.Term);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            WriteRetired(json, site);
            json.WriteEndObject();
        }

        stream.Write((byte)'\n');
        return stream.ToArray();
    }

    /// <summary>What the invoice page and embeds show beside the summary: the example line and each role's text (plain), in roles.yml's order.</summary>
    private static void WriteExplanation(Utf8JsonWriter json, SiteIndex site, Term term)
    {
        var settings = site.Settings;
        Map(json, "example", settings.Languages.ToDictionary(l => l, l => term.Invoice?.Example.Resolve(l, settings.DefaultLanguage)?.Value ?? "", StringComparer.Ordinal));
        json.WriteStartObject("roles");
        foreach (var role in site.Content.Roles)
        {
            if (term.Roles.FirstOrDefault(r => r.Role.Id == role.Id) is { } text)
            {
                Map(json, role.Id, settings.Languages.ToDictionary(l => l, l => Markdown.PlainText.Of(text.Explanation.Resolve(l, settings.DefaultLanguage)?.Value ?? ""), StringComparer.Ordinal));
            }
        }

        json.WriteEndObject();
    }

    /// <summary>Codes no longer printed (a term's retired_codes): old invoices still show them, so readers can still look them up.</summary>
    private static void WriteRetired(Utf8JsonWriter json, SiteIndex site)
    {
        var settings = site.Settings;
        Dictionary<string, string> PerLanguage(Func<string, string> value) => settings.Languages.ToDictionary(l => l, value, StringComparer.Ordinal);
        json.WriteStartArray("retired_codes");
        foreach (var (code, term) in site.Content.Terms.SelectMany(t => t.RetiredCodes.Select(c => (Code: c, Term: t))).OrderBy(x => x.Code.Slug, StringComparer.Ordinal))
        {
            json.WriteStartObject();
            json.WriteString("code", code.Code);
            json.WriteString("slug", code.Slug);
            json.WriteString("term_id", term.Id);
            Map(json, "term", PerLanguage(l => term.Title.Resolve(l, settings.DefaultLanguage)?.Value ?? term.Id));
            Map(json, "url", PerLanguage(l => settings.AbsoluteUrl(site.Urls.Code(l, code.Slug))));
            Map(json, "term_url", PerLanguage(l => settings.AbsoluteUrl(site.Urls.Term(l, term.Id))));
            json.WriteString("short_url", settings.AbsoluteUrl(site.Urls.ShortLink(code.Slug)));
            if (code.Since is { } since)
            {
                json.WriteString("since", since.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            }
            else
            {
                json.WriteNull("since");
            }

            json.WriteStartArray("replaced_by");
            term.Codes.Select(c => c.Code).ToList().ForEach(json.WriteStringValue);
            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void Map(Utf8JsonWriter json, string name, IReadOnlyDictionary<string, string> values)
    {
        json.WriteStartObject(name);
        foreach (var (lang, value) in values)
        {
            json.WriteString(lang, value);
        }

        json.WriteEndObject();
    }

    private static string Csv(Settings settings, IReadOnlyList<CodeEntry> codes)
    {
        var sb = new StringBuilder();
        string[] header = ["code", "slug", "term_id", "status", "short_url", "qr_url", "patterns", .. settings.Languages.SelectMany(l => new[] { $"term_{l}", $"summary_{l}", $"url_{l}" })];
        sb.AppendJoin(',', header).Append("\r\n");
        foreach (var c in codes)
        {
            string[] row =
            [
                c.Code, c.Slug, c.Term.Id, c.Term.Status == TermStatus.Deprecated ? "deprecated" : "current", c.ShortUrl, c.QrUrl,
                string.Join(' ', c.Term.Invoice?.Patterns.Select(p => p.Pattern) ?? []),
                .. settings.Languages.SelectMany(l => new[] { c.Titles[l], c.Summaries[l], c.Urls[l] }),
            ];
            sb.AppendJoin(',', row.Select(Quote)).Append("\r\n");
        }

        return sb.ToString();
    }

    /// <summary>
    /// RFC 4180: quote fields with commas, quotes or line breaks. A field starting with = + - @ TAB or CR
    /// (OWASP's CSV injection list) gets a leading ' so spreadsheets show it as text instead of running it
    /// as a formula (a TAB or CR before the = is skipped by some of them).
    /// </summary>
    internal static string Quote(string field)
    {
        if (field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            field = "'" + field;
        }

        return field.AsSpan().IndexOfAny(",\"\r\n\t") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;
    }
}
