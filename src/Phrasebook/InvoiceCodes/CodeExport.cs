namespace Phrasebook.InvoiceCodes;

/// <summary>Reads the codes an invoicing system exports: CSV with a header, or one code a line.</summary>
public static class CodeExport
{
    private static readonly string[] CodeColumns = ["code", "kode", "kod", "invoice_code", "fakturakode", "fakturakod"];

    public static IReadOnlyList<string>? Read(string path, string? column, out string? problem)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read '{path}': {e.Message}";
            return null;
        }

        lines = [.. lines.Select(l => l.TrimStart('\uFEFF').Trim()).Where(l => l.Length > 0)];
        if (lines.Length == 0)
        {
            problem = $"'{path}' holds no codes.";
            return null;
        }

        var separator = column is not null || lines[0].Contains(';') || lines[0].Contains(',') || lines[0].Contains('\t')
            ? new[] { ';', ',', '\t' }.MaxBy(c => lines[0].Count(x => x == c))
            : (char?)null;
        if (separator is not { } sep)
        {
            problem = null;
            return [.. lines.Distinct(StringComparer.Ordinal)];
        }

        var header = Split(lines[0], sep);
        var index = column is not null
            ? Array.FindIndex(header, h => string.Equals(h, column, StringComparison.OrdinalIgnoreCase))
            : Array.FindIndex(header, h => CodeColumns.Contains(h.ToLowerInvariant()));
        if (index < 0)
        {
            problem = column is not null
                ? $"'{path}' has no column '{column}'; its columns are: {string.Join(", ", header)}."
                : $"'{path}' has no column named {string.Join(", ", CodeColumns)}; name it with --column (its columns are: {string.Join(", ", header)}).";
            return null;
        }

        problem = null;
        return [.. lines.Skip(1).Select(l => Split(l, sep)).Where(r => r.Length > index && r[index].Length > 0).Select(r => r[index]).Distinct(StringComparer.Ordinal)];
    }

    /// <summary>One CSV line, with "quoted" fields and "" for a quote inside them.</summary>
    private static string[] Split(string line, char separator)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == separator)
            {
                fields.Add(field.ToString().Trim());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString().Trim());
        return [.. fields];
    }
}
