using System.Text;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// One malformed input: how to break a fresh copy of the sample site, and where the build must say so
/// (<see cref="File"/> relative to the site folder, with <see cref="Line"/> when the problem has one).
/// </summary>
internal sealed record BadInput(string Name, Action<TempSite> Break, string File, int? Line = null)
{
    public override string ToString() => Name;
}

/// <summary>The corpus of the bad-input gate: at least 50 ways an editor's pull request can be wrong.</summary>
internal static class BadInputCases
{
    /// <summary>A new term file in the logistics industry; <see cref="ValidTerm"/> is lines 1-9.</summary>
    public const string TermFile = "input/industries/logistics/zz-gate.yml";
    public const string Roles = "input/roles.yml";
    public const string Industry = "input/industries/logistics/industry.yml";
    public const string Process = "input/processes/ordering.en.md";
    public const string Page = "input/pages/about.en.md";
    public const string SettingsFile = "statiq.json";

    /// <summary>A complete, valid term: the cases append their mistake from line 10 on.</summary>
    public const string ValidTerm =
        "id: zz-gate\n" +
        "term:\n" +
        "  nb: Portvakt\n" +
        "  sv: Grindvakt\n" +
        "  en: Gatekeeper\n" +
        "summary:\n" +
        "  nb: En kort tekst.\n" +
        "  sv: En kort text.\n" +
        "  en: A short text.\n";

    private static readonly UTF8Encoding Utf8 = new(false);

    public static IReadOnlyList<BadInput> All { get; } = Create();

    public static BadInput Get(string name) => All.Single(c => c.Name == name);

    private static BadInput Term(string name, string tail, int? line) =>
        new(name, s => s.Write(TermFile, ValidTerm + tail), TermFile, line);

    private static BadInput WholeTerm(string name, string text, int? line) =>
        new(name, s => s.Write(TermFile, text), TermFile, line);

    private static BadInput Json(string name, Func<string, string> change) =>
        new(name, s => s.Write(SettingsFile, change(s.Read(SettingsFile))), SettingsFile);

    private static BadInput FrontMatter(string name, string file, string text, int? line) =>
        new(name, s => s.Write(file, text), file, line);

    private static List<BadInput> Create()
    {
        var huge = new string('x', 5 * 1024 * 1024);
        List<BadInput> cases =
        [
            // Broken YAML syntax.
            Term("yaml: unclosed flow sequence", "related: [freight-charge, vat\nstatus: current\n", 10),
            Term("yaml: unclosed double quote", "abbreviation: \"GATE\nstatus: current\n", 10),
            Term("yaml: unclosed single quote", "abbreviation: 'GATE\n", 10),
            // The parser notices the missing '}' at the end of the file (line 11), not where it opened.
            Term("yaml: unclosed flow mapping", "explanation: {nb: tekst\n", 11),
            Term("yaml: value with unquoted ': '", "abbreviation: Note: text\n", 10),
            Term("yaml: bad indentation", "explanation:\n  nb: tekst\n    sv: text\n", 12),
            Term("yaml: sequence item inside a mapping", "explanation:\n  nb: tekst\n  - sv\n", 12),
            Term("yaml: tab indentation", "explanation:\n\tnb: tekst\n", 11),
            Term("yaml: tab after a key in a block", "explanation:\n  nb: tekst\n\t sv: text\n", 12),
            Term("yaml: two documents in one file", "---\nid: zz-second\n", 10),
            Term("yaml: stray closing bracket", "related: freight-charge]\nstatus: ]\n", null),
            Term("yaml: block scalar with bad indentation indicator", "explanation:\n  nb: |0\n    tekst\n", 11),
            WholeTerm("yaml: key without value at top level only", "zz-gate\n", 1),

            // Duplicate keys, anchors, aliases and alias bombs.
            Term("duplicate key: top level", "summary:\n  nb: Igjen.\n", 10),
            Term("duplicate key: nested language", "explanation:\n  nb: en\n  nb: to\n", 12),
            WholeTerm("duplicate key: id twice", "id: zz-gate\n" + ValidTerm[12..] + "id: zz-gate\n", 10),
            Term("yaml: anchor and alias", "explanation: &e\n  nb: tekst\nchanges_note: *e\n", 10),
            Term("yaml: merge key", "explanation:\n  <<: {nb: tekst}\n", 11),
            WholeTerm("yaml: alias bomb (billion laughs)", BillionLaughs(), 1),

            // Wrong types.
            Term("wrong type: term is a list", "", null) with
            {
                Break = s => s.Write(TermFile, ValidTerm.Replace("term:\n  nb: Portvakt\n  sv: Grindvakt\n  en: Gatekeeper\n", "term: [a, b]\nabbreviation: GATE\nstatus: current\n", StringComparison.Ordinal)),
                Line = 2,
            },
            WholeTerm("wrong type: summary text is a mapping", ValidTerm.Replace("  nb: En kort tekst.\n", "  nb:\n    deep: text\n", StringComparison.Ordinal), 8),
            Term("wrong type: customer_words is a mapping of mappings", "customer_words:\n  nb: {a: b}\n", 11),
            Term("wrong type: related is a mapping", "related:\n  a: b\n", 11),
            Term("wrong type: roles is a list", "roles: [finance]\n", 10),
            Term("wrong type: invoice codes is a mapping", "invoice:\n  codes: {FSC: 1}\n", 11),
            Term("wrong type: changes is a text", "changes: yesterday\n", 10),
            WholeTerm("wrong type: the file is a list of texts", "- a\n- b\n", 1),
            WholeTerm("wrong type: the file is a single text", "just a sentence\n", 1),
            WholeTerm("wrong type: id is a list", ValidTerm.Replace("id: zz-gate", "id: [zz, gate]", StringComparison.Ordinal), 1),

            // Invalid values.
            WholeTerm("invalid id: spaces and capitals", ValidTerm.Replace("id: zz-gate", "id: Zz Gate", StringComparison.Ordinal), 1),
            Term("unknown key: misspelt summary", "summery:\n  nb: x\n", 10),
            Term("unknown language in a text", "explanation:\n  de: Text\n", 11),
            Term("invalid date in changes", "changes:\n  - date: 2026-13-45\n    note:\n      nb: Ny.\n", 11),
            Term("invalid invoice pattern", "invoice:\n  codes: [ZZG]\n  patterns: ['ZZ([']\n", 12),
            Term("invalid status", "status: maybe\n", 10),
            Term("unknown related term", "related: [no-such-term]\n", 10),
            Term("broken term: link in Markdown", "explanation:\n  nb: Se [her](term:no-such-term).\n", 11),
            Term("invoice code already used by another term", "invoice:\n  codes: [FSC]\n", 11),

            // Encodings, line endings, bytes.
            new("BOM and CRLF, unknown key on line 11", s => s.WriteBytes(TermFile, [0xEF, 0xBB, 0xBF, .. Utf8.GetBytes((ValidTerm + "status: current\nsummery: x\n").Replace("\n", "\r\n", StringComparison.Ordinal))]), TermFile, 11),
            new("CR-only line endings with a tab", s => s.Write(TermFile, (ValidTerm + "explanation:\n\tnb: x\n").Replace("\n", "\r", StringComparison.Ordinal)), TermFile),
            new("invalid UTF-8 in a summary", s => s.WriteBytes(TermFile, [.. Utf8.GetBytes(ValidTerm), .. "explanation:\n  nb: "u8.ToArray(), 0xC3, 0x28, 0xFF, 0xFE, (byte)'\n']), TermFile),
            new("UTF-16 file", s => s.WriteBytes(TermFile, [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(ValidTerm + "summery: x\n")]), TermFile),
            new("NUL bytes in a text", s => s.Write(TermFile, ValidTerm + "abbreviation: \"A\0B\"\nsummery: x\n"), TermFile),
            new("binary file as a term", s => s.WriteBytes(TermFile, RandomBytes(4096, 1)), TermFile),
            new("binary file as roles.yml (a PNG)", s => s.WriteBytes(Roles, [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, .. RandomBytes(512, 2)]), Roles),
            new("binary file as a process", s => s.WriteBytes("input/processes/zz-gate.en.md", RandomBytes(2048, 3)), "input/processes/zz-gate.en.md"),

            // Size and depth.
            // Content files above 4 MiB are refused whole (PB014, no line); 3 MB ones reach the parser.
            Term("huge string: 5 MB unterminated quote", "abbreviation: \"" + huge + "\n", null),
            Term("huge string: 5 MB key", huge + ": 1\n", null),
            Term("huge string: 3 MB unterminated quote", "abbreviation: \"" + huge[..(3 << 20)] + "\n", 10),
            Term("huge string: 3 MB unknown key", huge[..(3 << 20)] + ": 1\n", 10),
            Term("huge string: 3 MB list where a text belongs", "explanation:\n  nb: [" + huge[..(3 << 20)] + "]\n", 11),
            Term("deep nesting: 100000 flow sequences", "explanation:\n  nb: " + new string('[', 100_000) + new string(']', 100_000) + "\n", 11),
            // Nesting deeper than 32 levels is refused where it passes the limit: line 11 + 32.
            Term("deep nesting: 1000 block mappings", "explanation:\n" + DeepBlock(1000), 43),

            // Empty and missing.
            WholeTerm("empty term file", "", null),
            WholeTerm("term file of only comments", "# nothing yet\n# still nothing\n", null),
            WholeTerm("term file of only whitespace", "   \n\n  \n", null),
            new("empty roles.yml", s => s.Write(Roles, ""), Roles),
            new("empty industry.yml", s => s.Write(Industry, ""), Industry),
            new("missing input folder", s => Directory.Delete(s.PathOf("input"), recursive: true), "input"),
            new("missing roles.yml", s => File.Delete(s.PathOf(Roles)), Roles),
            new("missing industry.yml", s => File.Delete(s.PathOf(Industry)), "input/industries/logistics"),
            new("unreadable term file", s => MakeUnreadable(s, TermFile), TermFile),
            new("a folder named like a term file", s => Directory.CreateDirectory(s.PathOf(TermFile)), TermFile),
            new("a folder named like a process file", s => Directory.CreateDirectory(s.PathOf("input/processes/zz-gate.en.md")), "input/processes/zz-gate.en.md"),
            new("dangling symlink as a term file", s => File.CreateSymbolicLink(s.PathOf(TermFile), s.PathOf("no-such-target.yml")), TermFile),

            // statiq.json.
            Json("statiq.json: not JSON", _ => "SiteTitle = nope\n"),
            Json("statiq.json: truncated", t => t[..(t.Length / 2)]),
            Json("statiq.json: empty", _ => ""),
            Json("statiq.json: an array", _ => "[1, 2]"),
            Json("statiq.json: Languages is a text", t => t.Replace("\"Languages\": [\"nb\", \"sv\", \"en\"]", "\"Languages\": \"nb\"", StringComparison.Ordinal)),
            Json("statiq.json: Languages is empty", t => t.Replace("\"Languages\": [\"nb\", \"sv\", \"en\"]", "\"Languages\": []", StringComparison.Ordinal)),
            Json("statiq.json: a language code with a slash", t => t.Replace("\"Languages\": [\"nb\", \"sv\", \"en\"]", "\"Languages\": [\"nb\", \"../x\"]", StringComparison.Ordinal)),
            Json("statiq.json: unknown theme", t => t.Replace("\"Theme\": \"default\"", "\"Theme\": \"no-such-theme\"", StringComparison.Ordinal)),
            Json("statiq.json: SiteTitle is a number", t => t.Replace("\"SiteTitle\": {", "\"SiteTitle\": 7, \"X\": {", StringComparison.Ordinal)),
            Json("statiq.json: LinksUseHttps is a text", t => t.Replace("\"LinksUseHttps\": true", "\"LinksUseHttps\": \"yes please\"", StringComparison.Ordinal)),
            new("statiq.json: binary", s => s.WriteBytes(SettingsFile, RandomBytes(300, 4)), SettingsFile),
            new("statiq.json: invalid UTF-8", s => s.WriteBytes(SettingsFile, [.. Utf8.GetBytes(s.Read(SettingsFile)[..20]), 0xC3, 0x28, .. Utf8.GetBytes(s.Read(SettingsFile)[20..])]), SettingsFile),
            new("statiq.json: missing", s => File.Delete(s.PathOf(SettingsFile)), SettingsFile),

            // Front matter of processes and pages.
            FrontMatter("front matter: never closed", Process, "---\ntitle: Ordering\nsummary: x\n\nBody text.\n", null),
            // Reported where the parser gives up: the closing '---' on line 3.
            FrontMatter("front matter: broken YAML", Process, "---\ntitle: [Ordering\n---\n\nBody.\n", 3),
            FrontMatter("front matter: a list", Process, "---\n- title\n- summary\n---\n\nBody.\n", 2),
            FrontMatter("front matter: empty", Page, "---\n---\n\nBody.\n", null),
            FrontMatter("front matter: unknown key", Page, "---\ntitle: About\ntitel: About\n---\n\nBody.\n", 3),
            FrontMatter("front matter: tab", Page, "---\ntitle: About\n\tsummary: x\n---\n\nBody.\n", 3),
            FrontMatter("front matter: order is a text", Process, "---\ntitle: Ordering\norder: first\n---\n\nBody.\n", 3),
            FrontMatter("front matter: unknown role", Process, "---\ntitle: Ordering\nroles: [nobody]\n---\n\nBody.\n", 3),
            FrontMatter("front matter: title is a mapping", Page, "---\ntitle: {a: b}\n---\n\nBody.\n", 2),
            FrontMatter("front matter: alias", Page, "---\ntitle: &t About\nsummary: *t\n---\n\nBody.\n", 2),
            FrontMatter("markdown body: broken process: link", Page, "---\ntitle: About\n---\n\nLine four.\n\nSee [x](process:no-such-process).\n", 7),
            FrontMatter("page in a language the site lacks", "input/pages/about.de.md", "---\ntitle: Über\n---\n\nText.\n", null),
            FrontMatter("page file name with spaces", "input/pages/About Us.en.md", "---\ntitle: About\n---\n\nText.\n", null),

            // Markdown past the limits of docs/limits.md (issue #23): each crashed (exit 3) or ran over 60 s before.
            FrontMatter("markdown: 5,000 block quotes deep", Process, "---\ntitle: Ordering\n---\n\n" + new string('>', 5000) + " x\n", 5),
            FrontMatter("markdown: lists 64 deep on one line", Page, "---\ntitle: About\n---\n\n" + string.Concat(Enumerable.Repeat("- ", 64)) + "x\n", 5),
            FrontMatter("markdown: 3,000 emphasis marks never closed", Page, "---\ntitle: About\n---\n\n" + string.Concat(Enumerable.Repeat("*a ", 3000)) + "\n", 5),
            FrontMatter("markdown: one 240 KB line of [x](", Process, "---\ntitle: Ordering\n---\n\n" + string.Concat(Enumerable.Repeat("[x](", 60_000)) + "\n", 5),
            FrontMatter("markdown: 16,000 headings with one text", Page, "---\ntitle: About\n---\n\n" + string.Concat(Enumerable.Repeat("a\n===\n", 16_000)), 1006),
            Term("markdown: images 200 deep in a YAML field", "explanation:\n  nb: \"" + string.Concat(Enumerable.Repeat("![", 200)) + "\"\n", 11),
            Term("markdown: lists 64 deep in a YAML field", "explanation:\n  nb: \"" + string.Concat(Enumerable.Repeat("- ", 64)) + "x\"\n", 11),

            // Control characters: the Atom writer threw on a change note, the QR code's SVG was not well-formed.
            Term("control character in a change note", "changes:\n  - date: 2026-01-02\n    note:\n      nb: \"Ny \\x01pris\"\n", 13),
            Term("control character written as is in a change note", "changes:\n  - date: 2026-01-02\n    note:\n      nb: Ny \u0001pris\n", 13),
            Term("control character in an invoice code", "invoice:\n  codes: [\"GA\\u0002TE\"]\n", 11),
            Term("U+FFFE in a summary", "explanation:\n  nb: \"ab\\uFFFEc\"\n", 11),
            Json("statiq.json: a control character in the title", t => t.Replace("\"nb\": \"Nordlys Frakt", "\"nb\": \"Nordlys\\u0007 Frakt", StringComparison.Ordinal)),

            // Names and ids the file system or the site's own pages cannot take.
            FrontMatter("page id of a page the site makes (changes)", "input/pages/changes.en.md", "---\ntitle: Changes\n---\n\nText.\n", null),
            FrontMatter("page id of a page the site makes (search)", "input/pages/search.nb.md", "---\ntitle: Søk\n---\n\nText.\n", null),
            WholeTerm("term id of 300 characters", "id: " + new string('a', 300) + "\n" + ValidTerm[12..], 1),
            new("folder name that is not UTF-8", s => Shell(s, "mkdir \"input/industries/bad$(printf '\\377')\""), "input/industries/bad\uFFFD"),
            WholeTerm("a summary of blanks", ValidTerm.Replace("  nb: En kort tekst.", "  nb: '   '", StringComparison.Ordinal), 7),

            // Templates: a partial that renders itself, a path outside the theme, a loop of two billion steps.
            new("template: a partial that renders itself", s => { s.Write("themes/default/partials/zz-self.liquid", "{% render 'zz-self' %}"); s.Write("themes/default/layouts/page.liquid", s.Read("themes/default/layouts/page.liquid") + "{% render 'zz-self' %}"); }, "themes/default/layouts/page.liquid"),
            new("template: render of a path outside the theme", s => s.Write("themes/default/layouts/page.liquid", s.Read("themes/default/layouts/page.liquid") + "{% render '../../../statiq.json' %}"), "themes/default/layouts/page.liquid"),
            new("template: a loop of two billion steps", s => s.Write("themes/default/layouts/az.liquid", s.Read("themes/default/layouts/az.liquid") + "{% for i in (1..2000000000) %}x{% endfor %}"), "themes/default/layouts/az.liquid"),
        ];
        return cases;
    }

    /// <summary>Runs a shell command in the site's folder: names that are not UTF-8 can only be made from bytes.</summary>
    private static void Shell(TempSite site, string command)
    {
        var info = new System.Diagnostics.ProcessStartInfo("bash") { WorkingDirectory = site.Root, UseShellExecute = false };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add(command);
        using var process = System.Diagnostics.Process.Start(info)!;
        process.WaitForExit();
    }

    private static string BillionLaughs()
    {
        var b = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (var c = 'b'; c <= 'j'; c++)
        {
            var prev = (char)(c - 1);
            b.Append(c).Append(": &").Append(c).Append(" [").Append(string.Join(",", Enumerable.Repeat("*" + prev, 9))).Append("]\n");
        }

        return b.ToString();
    }

    private static string DeepBlock(int depth)
    {
        var b = new StringBuilder();
        for (var i = 1; i <= depth; i++)
        {
            b.Append(' ', i * 2).Append('k').Append(i).Append(":\n");
        }

        return b.ToString();
    }

    private static byte[] RandomBytes(int count, int seed)
    {
        var bytes = new byte[count];
        new Random(seed).NextBytes(bytes);
        bytes[10] = 0;
        return bytes;
    }

    /// <summary>
    /// chmod 000. The tests run as root in CI, where chmod does not stop reading: then a symbolic link to itself
    /// takes its place (opening it fails with ELOOP, as an unreadable file fails). A folder named like the file
    /// is not used: the build skips folders in an industry folder silently.
    /// </summary>
    private static void MakeUnreadable(TempSite site, string relative)
    {
        var path = site.PathOf(relative);
        System.IO.File.WriteAllText(path, ValidTerm);
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        System.IO.File.SetUnixFileMode(path, UnixFileMode.None);
        try
        {
            using var probe = System.IO.File.OpenRead(path);
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }

        System.IO.File.Delete(path);
        System.IO.File.CreateSymbolicLink(path, path);
    }
}
