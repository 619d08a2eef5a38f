namespace Phrasebook.Tests.AutoLinks;

/// <summary>
/// Seeded Markdown bodies that put term phrases in every place the auto-linker treats specially:
/// emphasis that splits a phrase, links kept and links reduced to their text, images, code, headings,
/// entities, line breaks, tables, lists, quotes and reference links.
/// </summary>
internal static class SeededMarkdown
{
    public static string Body(Random random, IReadOnlyList<(string TermId, string Phrase)> phrases, IReadOnlyList<string> codes)
    {
        var blocks = new List<string>();
        for (var b = random.Next(3, 9); b > 0; b--)
        {
            blocks.Add(random.Next(10) switch
            {
                0 => $"## {Fragment(random, phrases, codes)}",
                1 => $"```\n{Phrase(random, phrases).Phrase}\n```",
                2 => $"    {Phrase(random, phrases).Phrase}",
                3 => $"- {Paragraph(random, phrases, codes)}\n- {Paragraph(random, phrases, codes)}",
                4 => $"| a | b |\n|---|---|\n| {Fragment(random, phrases, codes)} | {Fragment(random, phrases, codes)} |",
                5 => $"> {Paragraph(random, phrases, codes)}",
                6 => $"{Fragment(random, phrases, codes)}\n---",
                7 => $"[{Phrase(random, phrases).Phrase}][ref{b}] og {Phrase(random, phrases).Phrase}\n\n[ref{b}]: term:{Phrase(random, phrases).TermId}",
                _ => Paragraph(random, phrases, codes),
            });
        }

        return string.Join("\n\n", blocks);
    }

    private static string Paragraph(Random random, IReadOnlyList<(string TermId, string Phrase)> phrases, IReadOnlyList<string> codes) =>
        string.Join(random.Next(4) == 0 ? "\n" : " ", Enumerable.Range(0, random.Next(2, 8)).Select(_ => Fragment(random, phrases, codes)));

    private static (string TermId, string Phrase) Phrase(Random random, IReadOnlyList<(string TermId, string Phrase)> phrases) =>
        phrases[random.Next(phrases.Count)];

    private static string Fragment(Random random, IReadOnlyList<(string TermId, string Phrase)> phrases, IReadOnlyList<string> codes)
    {
        var (id, phrase) = Phrase(random, phrases);
        var space = phrase.IndexOf(' ', StringComparison.Ordinal);
        return random.Next(24) switch
        {
            0 => $"*{phrase}*",
            1 when space > 0 => $"**{phrase[..space]}**{phrase[space..]}",
            2 when space > 0 => $"{phrase[..space]}\n{phrase[(space + 1)..]}",
            3 when space > 0 => $"{phrase[..space]}  \n{phrase[(space + 1)..]}",
            4 => $"`{phrase}`",
            5 => $"[{phrase}](term:{id})",
            6 => $"[{phrase}](term:{id}) {phrase}",
            7 => $"[{phrase}](javascript:alert(1))",
            8 => $"[her](/nb/terms/{id}/#codes)",
            9 => $"[{phrase}](code:{codes[random.Next(codes.Count)]})",
            10 => $"![{phrase}](term:{id})",
            11 => $"![{phrase}](javascript:alert(1))",
            12 => $"<https://example.com/nb/terms/{id}/> {phrase}",
            13 => $"&amp;{phrase} &foo;{phrase} &copy; R&D",
            14 => $"~~{phrase}~~ ==merk== ^opp^ ~ned~",
            15 => $"\\*{phrase}\\* \"{phrase}\" <{phrase}>",
            16 => $"[*{phrase}*](process:ordering)",
            17 => $"[{phrase}](process:delivery#henting)",
            18 => $"{phrase.ToUpperInvariant()}",
            19 => $"([{phrase}](term:{id}#codes))",
            _ => phrase,
        };
    }
}
