using System.Text;
using System.Text.Json;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// XSS vectors: each one, if it ever ran, would open a dialog (alert) or set window.__xss. They are placed in
/// every kind of field of a copy of the sample site.
/// </summary>
internal static class HostileCorpus
{
    public static readonly string[] Vectors =
    [
        "<script>window.__xss=1</script>",
        "<img src=x onerror=alert(1)>",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "\"><script>alert(1)</script>",
        "'><img src=x onerror=window.__xss=1>",
        "<iframe src=\"javascript:alert(1)\"></iframe>",
        "<a href=\"javascript:alert(1)\">click a</a>",
        "[md link](javascript:alert(1))",
        "![md image](javascript:alert(1))",
        "[data link](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "![data image](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)",
        "<body onload=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<input autofocus onfocus=alert(1)>",
        "{{ 7*7 }} {{ '<img src=x onerror=alert(1)>' | raw }}",
        "{% for x in (1..2) %}<script>alert(1)</script>{% endfor %}",
        "[encoded](&#x6A;avascript:alert(1))",
        "[tab](java\tscript:alert(1))",
        "[escape](\\u006A\\u0061vascript:alert(1))",
        "<a href=\"&#106;&#97;vascript:alert(1)\">click b</a>",
        "</title><script>alert(1)</script>",
        "</textarea></noscript><script>alert(1)</script>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"data:text/html,<script>alert(1)</script>\">",
        "<form><button formaction=javascript:alert(1)>x</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "</script><script>window.__xss=1</script>",
        "';window.__xss=1;//\"-alert(1)-\"",
        "<img src=x onerror=\"&#x61;lert(1)\">",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text y=\"20\">click c</text></a></svg>",
        "<http://x\" onmouseover=\"alert(1)>",
        "<a href=\" javascript:alert(1)\">click d</a>",
        "\\u003cscript\\u003ealert(1)\\u003c/script\\u003e",
        "<style>*{background:url(\"javascript:alert(1)\")}</style>",
    ];

    /// <summary>A JSON string literal, which is also a YAML double-quoted scalar.</summary>
    public static string Quote(string s) => JsonSerializer.Serialize(s);

    /// <summary>One term per vector, with the vector in every text field, customer words, abbreviation, an
    /// invoice code (valid, with odd characters), the example line and a change note.</summary>
    public static string Terms()
    {
        var b = new StringBuilder("terms:\n");
        for (var i = 0; i < Vectors.Length; i++)
        {
            var v = Vectors[i];
            string T(string label) => Quote($"{label} {i:00} {v}");
            b.Append($"  - id: xss-{i:00}\n");
            b.Append($"    term: {{nb: {T("Ord")}, sv: {T("Ord")}, en: {T("Word")}}}\n");
            b.Append($"    abbreviation: {Quote(v)}\n");
            b.Append($"    customer_words: {{nb: [{T("kundeord")}], sv: [{T("kundord")}], en: [{T("customer word")}]}}\n");
            b.Append($"    summary: {{nb: {T("Kort.")}, sv: {T("Kort.")}, en: {T("Short.")}}}\n");
            b.Append($"    explanation: {{nb: {T("Forklaring.")}, sv: {T("Förklaring.")}, en: {T("Explanation.")}}}\n");
            b.Append($"    roles:\n");
            b.Append($"      finance: {{nb: {T("Økonomi.")}, sv: {T("Ekonomi.")}, en: {T("Finance.")}}}\n");
            b.Append($"      purchaser: {{nb: {T("Innkjøp.")}, sv: {T("Inköp.")}, en: {T("Purchasing.")}}}\n");
            b.Append($"      user:\n");
            b.Append($"        explanation: {{nb: {T("Bruker.")}, sv: {T("Användare.")}, en: {T("User.")}}}\n");
            b.Append($"        words: {{nb: [{T("rolleord")}], sv: [{T("rollord")}], en: [{T("role word")}]}}\n");
            b.Append($"    invoice:\n");
            b.Append($"      codes: [{Quote($"XS{i:00} <b>&\"'")}]\n");
            b.Append($"      example: {Quote($"XS{i:00} {v} 100,00")}\n");
            b.Append($"      when: {{nb: {T("Når.")}, sv: {T("När.")}, en: {T("When.")}}}\n");
            b.Append($"    changes:\n");
            b.Append($"      - date: 2026-01-{1 + (i % 28):00}\n");
            b.Append($"        note: {{nb: {T("Endring.")}, sv: {T("Ändring.")}, en: {T("Change.")}}}\n");
        }

        return b.ToString();
    }

    /// <summary>A process or page: vectors in the front matter's title and summary, all of them in the body.</summary>
    public static string MarkdownFile(string kind, int titleVector, bool withSummary)
    {
        var b = new StringBuilder("---\n");
        b.Append($"title: {Quote($"{kind} {Vectors[titleVector]}")}\n");
        if (withSummary)
        {
            b.Append($"summary: {Quote($"{kind} summary {Vectors[(titleVector + 1) % Vectors.Length]}")}\n");
        }

        b.Append("---\n\n");
        for (var i = 0; i < Vectors.Length; i++)
        {
            b.Append($"Paragraph {i:00}: {Vectors[i]}\n\n");
        }

        b.Append("## Heading <script>window.__xss=1</script>\n\n");
        b.Append("```\n<script>window.__xss=1</script>\n```\n\n");
        b.Append("<div onmouseover=\"alert(1)\">raw HTML block</div>\n\n");
        b.Append("<script>\nwindow.__xss=1\n</script>\n");
        return b.ToString();
    }
}
