using System.Collections.Immutable;
using System.Text;
using Phrasebook.Content.Files;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Permalinks;

/// <summary>
/// permalinks.txt beside statiq.json: every public URL the site ever published, one path a line,
/// relative to LinkRoot (so moving the site under another LinkRoot keeps it valid); # starts a
/// comment. Sorted, so a pull request's diff shows exactly which addresses were added.
/// </summary>
public sealed class PermalinkFile
{
    public const string FileName = "permalinks.txt";

    private const string Header = """
        # Every public URL this site ever published, relative to LinkRoot: term pages, code pages and
        # short links in every language. Invoices and customers keep them for years, so a build that
        # stops making one of them fails. `phrasebook build --update-permalinks` adds new URLs (the first
        # build fills an empty file); never remove a line: cover a renamed term with redirect_from and a
        # dropped code with retired_codes.

        """;

    private PermalinkFile(string header, ImmutableArray<Entry> entries, string trailer)
    {
        HeaderText = header;
        Entries = entries;
        _trailer = trailer;
    }

    private readonly string _trailer;

    /// <param name="Comments">Comment lines written between the previous URL and this one; they move with it when sorted.</param>
    public sealed record Entry(string Path, int Line, string Comments);

    /// <summary>The comments and blank lines before the first URL, kept as they are.</summary>
    public string HeaderText { get; }

    public ImmutableArray<Entry> Entries { get; }

    public static PermalinkFile Empty { get; } = new(Header.ReplaceLineEndings("\n"), [], "");

    /// <summary>Reads the file; null when the site has none (no guard yet). Bad lines are reported and skipped.</summary>
    public static PermalinkFile? Read(string root, DiagnosticBag diagnostics)
    {
        var path = Path.Combine(root, FileName);
        return SiteFiles.IsThere(path) ? Parse(SiteFiles.ReadAllText(root, path, FileName, diagnostics) ?? "", diagnostics) : null;
    }

    /// <summary>True when the site has a permalinks.txt that lists no URL yet: the next build fills it.</summary>
    public static bool ListsNothing(string root) =>
        Read(root, new DiagnosticBag()) is { Entries.IsEmpty: true };

    public static PermalinkFile Parse(string text, DiagnosticBag diagnostics)
    {
        var lines = text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        var header = new StringBuilder();
        var pending = new StringBuilder();
        var entries = ImmutableArray.CreateBuilder<Entry>();
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                if (entries.Count == 0 && pending.Length == 0)
                {
                    header.Append(line).Append('\n');
                }
                else if (line.Length > 0)
                {
                    pending.Append(line).Append('\n');
                }

                continue;
            }

            if (Problem(line) is { } problem)
            {
                diagnostics.Error(Codes.InvalidPermalink, new SourceLocation(FileName, i + 1, 1), $"'{line}' is not a URL path: {problem}.", "write one path a line, relative to LinkRoot, such as /nb/terms/fuel-surcharge/ or /c/fsc/");
                continue;
            }

            entries.Add(new Entry(line, i + 1, pending.ToString()));
            pending.Clear();
        }

        return new PermalinkFile(header.Length == 0 ? Empty.HeaderText : header.ToString(), entries.ToImmutable(), pending.ToString());
    }

    /// <summary>The file with <paramref name="urls"/> added: never removes a line; sorted, one entry per URL.</summary>
    public string WithAdded(IEnumerable<string> urls)
    {
        var all = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var e in Entries)
        {
            all[e.Path] = all.TryGetValue(e.Path, out var c) ? c + e.Comments : e.Comments;
        }

        foreach (var url in urls)
        {
            all.TryAdd(url, "");
        }

        var sb = new StringBuilder(HeaderText);
        foreach (var (path, comments) in all)
        {
            sb.Append(comments).Append(path).Append('\n');
        }

        return sb.Append(_trailer).ToString();
    }

    private static string? Problem(string line)
    {
        if (!line.StartsWith('/'))
        {
            return line.Contains("://", StringComparison.Ordinal) ? "write the path without the site's address" : "it must start with /";
        }

        if (line.Any(char.IsWhiteSpace))
        {
            return "it contains a space";
        }

        if (line.Contains('?') || line.Contains('#'))
        {
            return "a permalink is a page, without ?query or #fragment";
        }

        return line.Contains("//", StringComparison.Ordinal) || line.Split('/').Any(s => s is "." or "..") ? "it has an empty, . or .. segment" : null;
    }
}
