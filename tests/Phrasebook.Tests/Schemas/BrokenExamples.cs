namespace Phrasebook.Tests.Schemas;

/// <summary>
/// A mistake an editor makes, written into a copy of the sample site: where the schema puts its red
/// squiggle (<see cref="SchemaLine"/>, <see cref="Keyword"/>) and what the build says (<see cref="Code"/> at
/// <see cref="ReaderLine"/>). Line 1 of every YAML example is its yaml-language-server line.
/// </summary>
public sealed record BrokenExample(string Name, string Path, string Text, int SchemaLine, string Keyword, string Code, int ReaderLine)
{
    public override string ToString() => Name;
}

public static class BrokenExamples
{
    private const string TermPath = "input/industries/logistics/zz-broken.yml";
    private const string TermHead = "# yaml-language-server: $schema=../../../schemas/term.schema.json\nid: zz-broken\nterm: {nb: Ødelagt}\n";
    private const string Summary = "summary: {nb: En kort tekst.}\n";

    public static IReadOnlyList<BrokenExample> All { get; } =
    [
        Term("misspelt key", TermHead + "sumary: {nb: Feil nøkkel.}\n", 4, "additionalProperties", "PB002", 4),
        Term("id with capitals and a space", TermHead.Replace("id: zz-broken", "id: Zz Broken", StringComparison.Ordinal) + Summary, 2, "pattern", "PB004", 2),
        Term("unknown status", TermHead + Summary + "status: old\n", 5, "enum", "PB021", 5),
        Term("deprecated without replaced_by", TermHead + Summary + "status: deprecated\n", 2, "required", "PB012", 5),
        Term("replaced_by without status deprecated", TermHead + Summary + "replaced_by: vat\n", 2, "required", "PB016", 5),
        Term("impossible change date", TermHead + Summary + "changes:\n  - date: 2026-13-01\n    note: {nb: Ny sats.}\n", 6, "format", "PB010", 6),
        Term("change without a date", TermHead + Summary + "changes:\n  - note: {nb: Ny sats.}\n", 6, "required", "PB003", 6),
        Term("misspelt key in a role's long form", TermHead + Summary + "roles:\n  finance:\n    explanaton: {nb: Tekst.}\n", 7, "propertyNames", "PB009", 7),
        Term("unknown key under invoice", TermHead + Summary + "invoice:\n  codes: [ZZB]\n  code_patterns: ['ZZB-\\d']\n", 7, "additionalProperties", "PB002", 7),
        Term("language code in capitals", TermHead + "summary: {NB: En kort tekst.}\n", 4, "propertyNames", "PB009", 4),
        Term("related as a mapping", TermHead + Summary + "related: {vat: yes}\n", 5, "anyOf", "PB013", 5),
        Term("autolink is not true or false", TermHead + Summary + "autolink: sometimes\n", 5, "type", "PB013", 5),
        Term(
            "misspelt key in the second term of a list",
            "# yaml-language-server: $schema=../../../schemas/term.schema.json\nterms:\n  - id: zz-one\n    term: {nb: En}\n    summary: {nb: Den første.}\n  - id: zz-two\n    term: {nb: To}\n    sumary: {nb: Den andre.}\n",
            8,
            "additionalProperties",
            "PB002",
            8),
        new("settings: a colour name instead of a hex colour", "statiq.json", "{\n  \"SiteTitle\": {\"nb\": \"Ordbok\"},\n  \"Languages\": [\"nb\", \"sv\", \"en\"],\n  \"BrandColor\": \"blue\"\n}\n", 4, "pattern", "PB201", 4),
        new("settings: a misspelt key", "statiq.json", "{\n  \"SiteTitle\": {\"nb\": \"Ordbok\"},\n  \"Languages\": [\"nb\", \"sv\", \"en\"],\n  \"Thema\": \"default\"\n}\n", 4, "additionalProperties", "PB002", 4),
        new("role without a name", "input/roles.yml", "# yaml-language-server: $schema=../schemas/roles.schema.json\n- id: finance\n  nmae: {nb: Økonomi}\n", 3, "additionalProperties", "PB002", 3),
        new("industry with a misspelt key", "input/industries/logistics/industry.yml", "# yaml-language-server: $schema=../../../schemas/industry.schema.json\nname: {nb: Transport}\ndescripton: {nb: Frakt.}\n", 3, "additionalProperties", "PB002", 3),
        new("process order in words", "input/processes/ordering.en.md", "---\n# yaml-language-server: $schema=../../schemas/process.schema.json\ntitle: Ordering\norder: two\n---\nText.\n", 4, "type", "PB013", 4),
        new("process with a misspelt title", "input/processes/ordering.en.md", "---\n# yaml-language-server: $schema=../../schemas/process.schema.json\ntitel: Ordering\n---\nText.\n", 3, "additionalProperties", "PB002", 3),
        new("page with roles (only processes have them)", "input/pages/about.en.md", "---\n# yaml-language-server: $schema=../../schemas/page.schema.json\ntitle: About\nroles: [finance]\n---\nText.\n", 4, "additionalProperties", "PB002", 4),
    ];

    private static BrokenExample Term(string name, string text, int schemaLine, string keyword, string code, int readerLine) =>
        new(name, TermPath, text, schemaLine, keyword, code, readerLine);
}
