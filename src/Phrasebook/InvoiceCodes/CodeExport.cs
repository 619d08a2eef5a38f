using System.Text;
using Sylvan.Data.Csv;

namespace Phrasebook.InvoiceCodes;

/// <summary>
/// Reads the codes an invoicing system exports: CSV with a header (RFC 4180, read by Sylvan.Data.Csv, so a
/// quoted field may hold separators, quotes and line breaks), or one code a line.
/// </summary>
public static class CodeExport
{
    private static readonly string[] CodeColumns = ["code", "kode", "kod", "invoice_code", "fakturakode", "fakturakod"];

    /// <summary>An export larger than this is not an export (and /dev/zero must not be read for ever).</summary>
    public const long MaxBytes = 256L * 1024 * 1024;

    public static IReadOnlyList<string>? Read(string path, string? column, out string? problem)
    {
        if (ReadText(path, out problem) is not { } text)
        {
            return null;
        }

        text = text.TrimStart('\uFEFF');
        var firstLine = text.Split('\n', 2)[0].Trim();
        if (firstLine.Length == 0 && text.Trim().Length == 0)
        {
            problem = $"'{path}' holds no codes.";
            return null;
        }

        // A header is a line with separators, or the one column named as a code column: then it is not a code.
        var named = firstLine.Trim('"').Trim();
        var separator = new[] { ';', ',', '\t' }.MaxBy(c => firstLine.Count(x => x == c));
        var isCsv = column is not null || firstLine.Contains(separator) || CodeColumns.Contains(named.ToLowerInvariant());
        if (!isCsv)
        {
            problem = null;
            return [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).Distinct(StringComparer.Ordinal)];
        }

        using var csv = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { HasHeaders = true, Delimiter = separator });
        var header = Enumerable.Range(0, csv.FieldCount).Select(i => csv.GetName(i).Trim()).ToArray();
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

        var codes = new List<string>();
        while (csv.Read())
        {
            if (index < csv.RowFieldCount && csv.GetString(index).Trim() is { Length: > 0 } code)
            {
                codes.Add(code);
            }
        }

        problem = null;
        return [.. codes.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// The export's text, or null with a problem: a folder, a device or pipe (whose length is 0: /dev/zero
    /// would be read for ever and a pipe without a writer blocks), a file larger than <see cref="MaxBytes"/>,
    /// or text that is not UTF-8.
    /// </summary>
    private static string? ReadText(string path, out string? problem)
    {
        if (Directory.Exists(path))
        {
            problem = $"'{path}' is a folder, not an export file.";
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists)
            {
                problem = $"cannot read '{path}': there is no such file.";
                return null;
            }

            if (info.Length == 0)
            {
                problem = $"'{path}' is empty, or not a regular file (a device or a pipe): give the exported file itself.";
                return null;
            }

            if (info.Length > MaxBytes)
            {
                problem = $"'{path}' is {info.Length / (1024 * 1024)} MiB; an export of codes is at most {MaxBytes / (1024 * 1024)} MiB.";
                return null;
            }

            // UTF-8, or UTF-16 with its byte order mark (Excel's "Unicode text"); anything else is refused, not guessed.
            using var reader = new StreamReader(new MemoryStream(File.ReadAllBytes(path)), new UTF8Encoding(false, throwOnInvalidBytes: true), detectEncodingFromByteOrderMarks: true);
            var text = reader.ReadToEnd();
            problem = null;
            return text.Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException)
        {
            problem = $"'{path}' is not UTF-8 text: export it as UTF-8 CSV.";
            return null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            problem = $"cannot read '{path}': {e.Message}";
            return null;
        }
    }
}
