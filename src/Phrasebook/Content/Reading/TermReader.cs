using System.Collections.Immutable;
using Phrasebook.Content.Model;
using Phrasebook.Content.Yaml;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.InvoiceCodes.Rules;

namespace Phrasebook.Content.Reading;

/// <summary>Binds term files (one term, or a list under <c>terms:</c>) to <see cref="Term"/>s.</summary>
public sealed class TermReader(FieldReader fields)
{
    /// <summary>The one key of a file that holds a list of terms.</summary>
    public const string ListKey = "terms";

    public static readonly string[] Keys =
    [
        "id", "term", "abbreviation", "customer_words", "summary", "explanation", "roles",
        "invoice", "related", "processes", "status", "replaced_by", "changes", "autolink",
        "redirect_from",
    ];

    public static readonly string[] InvoiceKeys = ["codes", "patterns", "example", "when", "retired_codes"];

    private static readonly string[] RetiredCodeKeys = ["code", "since"];
    public static readonly string[] LongRoleKeys = ["explanation", "words"];
    public static readonly string[] ChangeKeys = ["date", "note"];

    private DiagnosticBag Diagnostics => fields.Diagnostics;

    public IEnumerable<Term> ReadFile(SourceNode root, string industry)
    {
        if (fields.Mapping(root, "A term file", root.Location) is not { } map)
        {
            yield break;
        }

        if (map[ListKey] is { } list && map["id"] is null)
        {
            fields.CheckKeys(map, [ListKey], "a file with a list of terms");
            foreach (var item in fields.List(list, ListKey))
            {
                if (fields.Mapping(item, "A term in the list", item.Location) is { } termMap && Read(termMap, industry) is { } t)
                {
                    yield return t;
                }
            }
        }
        else if (Read(map, industry) is { } term)
        {
            yield return term;
        }
    }

    public Term? Read(MappingNode written, string industry)
    {
        var map = fields.CheckKeys(written, Keys, "a term");
        var id = fields.Id(map["id"], "id", "The term", map.Location);
        var title = fields.Localized(map["term"], "term");
        var summary = fields.Localized(map["summary"], "summary");
        RequireDefault(title, map, "term", id);
        RequireDefault(summary, map, "summary", id);

        var status = ReadStatus(map["status"]);
        var replacedBy = fields.IdReference(map["replaced_by"], "replaced_by", "The term", map.Location);
        if (status == TermStatus.Deprecated && replacedBy is null)
        {
            Diagnostics.Error(Codes.DeprecatedWithoutReplacement, map["status"]!.Location, $"The term '{id}' is deprecated but names no replacement.", "add `replaced_by: <id of the term that replaces it>`");
        }
        else if (status == TermStatus.Current && replacedBy is not null)
        {
            Diagnostics.Error(Codes.InvalidReplacement, replacedBy.Location, $"'replaced_by' goes only with `status: deprecated` (term '{id}').", "add `status: deprecated`, or remove replaced_by");
        }

        // Read every field even when the id is invalid, so one run reports all of the term's mistakes.
        var abbreviation = fields.Localized(map["abbreviation"], "abbreviation");
        var customerWords = fields.LocalizedList(map["customer_words"], "customer_words");
        var explanation = fields.Localized(map["explanation"], "explanation");
        var roles = ReadRoles(map["roles"]);
        var invoice = ReadInvoice(map["invoice"]);
        var related = fields.IdList(map["related"], "related", "A related term");
        var processes = fields.IdList(map["processes"], "processes", "A process");
        var changes = ReadChanges(map["changes"]);
        var autoLink = fields.Bool(map["autolink"], "autolink", true);
        var redirectFrom = fields.IdList(map["redirect_from"], "redirect_from", "An old term id");
        if (id is null)
        {
            return null;
        }

        return new Term(id, map.Location, industry, title, abbreviation, customerWords, summary, explanation, roles, invoice, related, processes, status, replacedBy, changes, autoLink, redirectFrom);
    }

    private void RequireDefault(LocalizedText text, MappingNode map, string field, string? id)
    {
        // A list where the text belongs is always refused where it is (PB013), and read as nothing: that
        // message is the one to act on, so no second one says the text is missing.
        var refused = text.IsEmpty && map[field] is SequenceNode;
        if (!text.Has(fields.DefaultLanguage) && !refused)
        {
            var where = map[field]?.Location ?? map.Location;
            Diagnostics.Error(Codes.MissingField, where, $"The term{(id is null ? "" : $" '{id}'")} has no '{field}' in the default language ({fields.DefaultLanguage}).", $"add `{field}: {{{fields.DefaultLanguage}: ...}}`");
        }
    }

    private TermStatus ReadStatus(SourceNode? node)
    {
        var s = fields.Scalar(node, "status");
        switch (s?.Value)
        {
            case null or "current":
                return TermStatus.Current;
            case "deprecated":
                return TermStatus.Deprecated;
            default:
                Diagnostics.Error(Codes.InvalidValue, s.Location, $"'{s.Value}' is not a status.", "use `current` or `deprecated`");
                return TermStatus.Current;
        }
    }

    private ImmutableArray<RoleText> ReadRoles(SourceNode? node)
    {
        if (node is null || node is ScalarNode { IsNull: true } || fields.Mapping(node, "'roles'", node.Location) is not { } map)
        {
            return [];
        }

        var roles = ImmutableArray.CreateBuilder<RoleText>();
        foreach (var (key, value) in map.Entries)
        {
            if (!Ids.IsValid(key.Value))
            {
                Diagnostics.Error(Codes.InvalidId, key.Location, $"'{key.Value}' is not a valid role id.", "role ids are the ids in input/roles.yml");
                continue;
            }

            var role = new Reference(key.Value, key.Location);
            if (value is MappingNode m && (m["explanation"] is not null || m["words"] is not null))
            {
                m = fields.CheckKeys(m, LongRoleKeys, $"the role text '{key.Value}'");
                roles.Add(new RoleText(role, fields.Localized(m["explanation"], "explanation"), fields.LocalizedList(m["words"], "words")));
            }
            else
            {
                roles.Add(new RoleText(role, fields.Localized(value, $"roles.{key.Value}"), LocalizedList.Empty));
            }
        }

        return roles.ToImmutable();
    }

    private InvoiceInfo? ReadInvoice(SourceNode? node)
    {
        if (node is null || fields.Mapping(node, "'invoice'", node.Location) is not { } written)
        {
            return null;
        }

        var map = fields.CheckKeys(written, InvoiceKeys, "'invoice'");
        var codes = ReadCodes(map["codes"], "codes");
        var patterns = ImmutableArray.CreateBuilder<CodePattern>();
        foreach (var p in fields.Strings(map["patterns"], "patterns"))
        {
            if (CodePatterns.Check(p.Value) is { } problem)
            {
                Diagnostics.Error(Codes.InvalidPattern, p.Location, $"The pattern '{p.Value}' is not usable: {problem.Why}.", problem.Fix);
                continue;
            }

            patterns.Add(new CodePattern(p.Value, p.Location));
        }

        return new InvoiceInfo(codes, patterns.ToImmutable(), fields.Localized(map["example"], "example"), fields.Localized(map["when"], "when"), ReadRetiredCodes(map["retired_codes"]));
    }

    /// <summary>retired_codes: codes as in codes (DSL), or {code: DSL, since: 2024-07-01} to say since when.</summary>
    private ImmutableArray<InvoiceCode> ReadRetiredCodes(SourceNode? node)
    {
        var codes = ImmutableArray.CreateBuilder<InvoiceCode>();
        foreach (var item in node is MappingNode single ? [single] : fields.List(node, "retired_codes"))
        {
            DateOnly? since = null;
            var codeNode = item;
            if (item is SequenceNode)
            {
                // A list inside the list ([[DSL]]): the schema refuses it, and read as codes it would retire nothing.
                Diagnostics.Error(Codes.WrongType, item.Location, "A retired code must be a code or {code: ..., since: ...}, not a list.", "write `retired_codes: [DSL]` or `retired_codes: [{code: DSL, since: 2024-07-01}]`");
                continue;
            }

            if (item is MappingNode map)
            {
                fields.CheckKeys(map, RetiredCodeKeys, "a retired code");
                codeNode = map["code"];
                since = fields.Date(map["since"], "since");
                if (codeNode is SequenceNode or MappingNode)
                {
                    Diagnostics.Error(Codes.WrongType, codeNode.Location, "'code' of a retired code must be one code, not a list or a mapping.", "write `{code: DSL, since: 2024-07-01}`");
                    continue;
                }

                if (codeNode is null)
                {
                    Diagnostics.Error(Codes.MissingField, map.Location, "A retired code has no 'code'.", "write `{code: DSL, since: 2024-07-01}`, or just the code");
                    continue;
                }
            }

            foreach (var code in ReadCodes(codeNode, "retired_codes"))
            {
                codes.Add(code with { Since = since });
            }
        }

        return codes.ToImmutable();
    }

    private ImmutableArray<InvoiceCode> ReadCodes(SourceNode? node, string field)
    {
        var codes = ImmutableArray.CreateBuilder<InvoiceCode>();
        foreach (var code in fields.Strings(node, field))
        {
            var slug = Slug.Of(code.Value);
            if (slug.Length == 0)
            {
                Diagnostics.Error(Codes.EmptySlug, code.Location, $"The invoice code '{code.Value}' has no letters or digits, so it cannot have a URL.", "invoice codes need at least one letter or digit");
                continue;
            }

            if (Ids.TooLong(slug, "code's slug") is { } tooLong)
            {
                Diagnostics.Error(Codes.NameTooLong, code.Location, tooLong, "invoice codes are short: use the code as printed on the invoice");
                continue;
            }

            codes.Add(new InvoiceCode(code.Value, slug, code.Location));
        }

        return codes.ToImmutable();
    }

    private ImmutableArray<Change> ReadChanges(SourceNode? node)
    {
        var changes = ImmutableArray.CreateBuilder<Change>();
        foreach (var item in fields.List(node, "changes"))
        {
            if (fields.Mapping(item, "A change", item.Location) is not { } written)
            {
                continue;
            }

            var m = fields.CheckKeys(written, ChangeKeys, "a change");
            var date = fields.Date(m["date"], "date");
            // `date:` left empty is a missing date too: the change would otherwise vanish without a word.
            if (m["date"] is null or ScalarNode { IsNull: true })
            {
                Diagnostics.Error(Codes.MissingField, m.Location, "A change has no 'date'.", "add `date: YYYY-MM-DD`");
            }

            var note = fields.Localized(m["note"], "note");
            if (date is { } d)
            {
                changes.Add(new Change(d, note, m.Location));
            }
        }

        // Newest first, whatever order the editor wrote them in; ties keep file order.
        return [.. changes.OrderByDescending(c => c.Date)];
    }
}
