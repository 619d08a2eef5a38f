using System.Globalization;
using System.Text.Json.Nodes;
using Phrasebook.Content.Model;

namespace Phrasebook.Tests.Contract;

/// <summary>
/// The content model written back in the contract's canonical form (texts and lists per language, id lists
/// as lists), keyed by the files' own key names, to compare with what a generated document meant. A field
/// that the schemas gain but this projection does not know is missing here, so its test fails.
/// </summary>
internal static class ModelProjection
{
    public static JsonObject Of(Term t) => Drop(new JsonObject
    {
        ["id"] = t.Id,
        ["term"] = Of(t.Title),
        ["abbreviation"] = Of(t.Abbreviation),
        ["customer_words"] = Of(t.CustomerWords),
        ["summary"] = Of(t.Summary),
        ["explanation"] = Of(t.Explanation),
        ["roles"] = new JsonObject(t.Roles.Select(r => KeyValuePair.Create(r.Role.Id, (JsonNode?)Drop(new JsonObject
        {
            ["explanation"] = Of(r.Explanation),
            ["words"] = r.Words.Values.IsEmpty ? null : Of(r.Words),
        })))),
        ["invoice"] = t.Invoice is { } i ? Drop(new JsonObject
        {
            ["codes"] = Codes(i.Codes),
            ["patterns"] = new JsonArray([.. i.Patterns.Select(p => (JsonNode)p.Pattern)]),
            ["example"] = Of(i.Example),
            ["when"] = Of(i.When),
            ["retired_codes"] = Retired(i.RetiredCodes),
        }) : null,
        ["related"] = Ids(t.Related),
        ["processes"] = Ids(t.Processes),
        ["status"] = t.Status == TermStatus.Deprecated ? "deprecated" : "current",
        ["replaced_by"] = t.ReplacedBy?.Id,
        ["changes"] = new JsonArray([.. t.Changes.Select(c => (JsonNode)Drop(new JsonObject
        {
            ["date"] = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            ["note"] = Of(c.Note),
        }))]),
        ["autolink"] = t.AutoLink,
        ["redirect_from"] = Ids(t.RedirectFrom),
    });

    public static JsonObject Of(Role r) => Drop(new JsonObject { ["id"] = r.Id, ["name"] = Of(r.Name), ["description"] = Of(r.Description) });

    public static JsonObject Of(Industry i) => Drop(new JsonObject { ["id"] = i.Id, ["name"] = Of(i.Name), ["description"] = Of(i.Description) });

    public static JsonObject Of(MarkdownSource s) => Drop(new JsonObject
    {
        ["title"] = s.Title,
        ["summary"] = s.Summary,
        ["roles"] = Ids(s.Roles),
        ["industries"] = Ids(s.Industries),
        ["order"] = s.Order?.ToString(CultureInfo.InvariantCulture),
        ["autolink"] = s.AutoLink,
    });

    public static JsonObject Of(Settings s) => Drop(new JsonObject
    {
        ["SiteTitle"] = Of(s.SiteTitle),
        ["Contact"] = Of(s.Contact),
        ["LinksUseHttps"] = s.LinksUseHttps,
    });

    private static JsonObject? Of(LocalizedText text) =>
        text.IsEmpty ? null : new JsonObject(text.Values.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value.Value)));

    private static JsonObject? Of(LocalizedList list) =>
        list.Values.IsEmpty ? null : new JsonObject(list.Values.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)new JsonArray([.. p.Value.Select(v => (JsonNode)v.Value)]))));

    private static JsonArray Ids(IEnumerable<Reference> ids) => [.. ids.Select(r => (JsonNode)r.Id)];

    private static JsonArray Codes(IEnumerable<InvoiceCode> codes) => [.. codes.Select(c => (JsonNode)c.Code)];

    /// <summary>A retired code as written: the code alone, or {code, since} when it says since when.</summary>
    private static JsonArray Retired(IEnumerable<InvoiceCode> codes) => [.. codes.Select(c => c.Since is { } since
        ? new JsonObject { ["code"] = c.Code, ["since"] = since.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) }
        : (JsonNode)c.Code)];

    private static JsonObject Drop(JsonObject o)
    {
        foreach (var key in o.Where(p => p.Value is null).Select(p => p.Key).ToList())
        {
            o.Remove(key);
        }

        return o;
    }
}
