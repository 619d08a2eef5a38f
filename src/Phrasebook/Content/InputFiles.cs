using System.Collections.Immutable;
using Phrasebook.Content.Files;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content;

/// <summary>The files of input/, sorted and classified by the layout the content model defines.</summary>
public sealed record InputFiles(
    string? Roles,
    ImmutableArray<(string Path, string Folder)> Industries,
    ImmutableArray<(string Path, string Folder)> TermFiles,
    ImmutableArray<InputFiles.MarkdownFile> Processes,
    ImmutableArray<InputFiles.MarkdownFile> Pages,
    ImmutableArray<string> Assets)
{
    public sealed record MarkdownFile(string Path, string Id, string Language);

    public static InputFiles Scan(string root, string input, ImmutableArray<string> languages, DiagnosticBag diagnostics)
    {
        string Rel(string full) => Path.GetRelativePath(root, full).Replace('\\', '/');

        var rolesPath = Path.Combine(input, "roles.yml");
        string? roles = SiteFiles.IsThere(rolesPath) ? Rel(rolesPath) : null;
        if (Directory.Exists(rolesPath))
        {
            NotAFile(Rel(rolesPath), "input/roles.yml is a folder, not a file.", "replace the folder with the file roles.yml", diagnostics);
        }
        else if (roles is null)
        {
            diagnostics.Error(Codes.MissingInput, new SourceLocation("input/roles.yml"), "There is no input/roles.yml.", "list the customer roles there (id, name, description)");
        }

        var industries = ImmutableArray.CreateBuilder<(string, string)>();
        var terms = ImmutableArray.CreateBuilder<(string, string)>();
        var industriesDir = Path.Combine(input, "industries");
        foreach (var dir in Readable(Sorted(Directory.Exists(industriesDir) ? Directory.GetDirectories(industriesDir) : []), Rel, diagnostics))
        {
            var folder = Path.GetFileName(dir);
            var industryFile = Path.Combine(dir, "industry.yml");
            if (SiteFiles.IsThere(industryFile))
            {
                industries.Add((Rel(industryFile), folder));
            }
            else if (Directory.Exists(industryFile))
            {
                NotAFile(Rel(industryFile), $"The industry folder '{folder}' has a folder named industry.yml, not a file.", "replace the folder with the file industry.yml", diagnostics);
            }
            else
            {
                diagnostics.Error(Codes.MissingInput, new SourceLocation(Rel(dir)), $"The industry folder '{folder}' has no industry.yml.", "add industry.yml with the industry's name");
            }

            foreach (var sub in Sorted(SiteFiles.Folders(dir)).Where(d => IsYaml(Path.GetFileName(d)) && !Path.GetFileName(d).StartsWith('.') && d != industryFile))
            {
                NotAFile(Rel(sub), "This is a folder named like a term file, so it is not read as one.", "a term is one .yml file: replace the folder with the file, or rename the folder so its name does not end in .yml", diagnostics);
            }

            foreach (var file in Readable(SiteFiles.Files(root, dir, recursive: true, diagnostics), Rel, diagnostics).Where(f => !EditorFiles.IsEditorFile(Path.GetFileName(f))))
            {
                var name = Path.GetFileName(file);
                if (name == "industry.yml" && Path.GetDirectoryName(file) == dir)
                {
                    continue;
                }

                if (IsYaml(name))
                {
                    terms.Add((Rel(file), folder));
                }
                else if (!name.StartsWith('.'))
                {
                    diagnostics.Warning(Codes.IgnoredFile, new SourceLocation(Rel(file)), "This file is ignored: term files end in .yml.", "rename it to .yml, or move it out of input/industries/");
                }
            }
        }

        var assetsDir = Path.Combine(input, "assets");
        // Checked here, not only when copied, so a link out of the site is reported with the content's other errors.
        var assets = Readable(SiteFiles.Files(root, assetsDir, recursive: true, diagnostics), Rel, diagnostics)
            .Where(file => !EditorFiles.IsEditorFile(Path.GetFileName(file)))
            .Where(file => SiteFiles.Check(root, file, Rel(file), diagnostics))
            .Select(Rel)
            .ToImmutableArray();

        return new InputFiles(
            roles,
            industries.ToImmutable(),
            terms.ToImmutable(),
            Markdown(root, Path.Combine(input, "processes"), languages, Rel, diagnostics),
            Markdown(root, Path.Combine(input, "pages"), languages, Rel, diagnostics),
            assets);
    }

    private static ImmutableArray<MarkdownFile> Markdown(string root, string dir, ImmutableArray<string> languages, Func<string, string> rel, DiagnosticBag diagnostics)
    {
        var result = ImmutableArray.CreateBuilder<MarkdownFile>();
        foreach (var sub in Sorted(Directory.Exists(dir) ? Directory.GetDirectories(dir) : []).Where(d => d.EndsWith(".md", StringComparison.Ordinal)))
        {
            NotAFile(rel(sub), "This is a folder named like a Markdown file, so it is not read as one.", "replace the folder with the file <id>.<language>.md, or rename the folder so its name does not end in .md", diagnostics);
        }

        foreach (var file in Readable(SiteFiles.Files(root, dir, recursive: false, diagnostics), rel, diagnostics))
        {
            var name = Path.GetFileName(file);
            if (name.StartsWith('.') || EditorFiles.IsEditorFile(name))
            {
                continue;
            }

            var parts = name.Split('.');
            var where = new SourceLocation(rel(file));
            if (parts.Length != 3 || parts[2] != "md")
            {
                diagnostics.Error(Codes.InvalidId, where, $"'{name}' is not named <id>.<language>.md.", $"for example '{Ids.Suggestion(parts[0])}.{languages[0]}.md'");
            }
            else if (!Ids.IsValid(parts[0]))
            {
                diagnostics.Error(Codes.InvalidId, where, $"'{parts[0]}' is not a valid id: use only lower-case letters a-z, digits and dashes.", $"rename the file to '{Ids.Suggestion(parts[0])}.{parts[1]}.md'");
            }
            else if (Ids.TooLong(parts[0], "id") is { } tooLong)
            {
                diagnostics.Error(Codes.NameTooLong, where, tooLong, "rename the file with a shorter id");
            }
            else if (!languages.Contains(parts[1]))
            {
                diagnostics.Error(Codes.UnknownLanguage, where, $"'{parts[1]}' is not one of the site's languages.", $"the site's languages are {string.Join(", ", languages)}");
            }
            else
            {
                result.Add(new MarkdownFile(rel(file), parts[0], parts[1]));
            }
        }

        return result.ToImmutable();
    }

    /// <summary>
    /// The paths whose names are text. A name that is not UTF-8 (bytes from another system's encoding) reaches
    /// .NET with U+FFFD in place of those bytes, and no file of that name can be opened: it is an error naming
    /// the path as far as it can be shown, not an exception.
    /// </summary>
    private static IEnumerable<string> Readable(IEnumerable<string> paths, Func<string, string> rel, DiagnosticBag diagnostics)
    {
        foreach (var path in paths)
        {
            if (path.Contains('\uFFFD', StringComparison.Ordinal))
            {
                diagnostics.Error(Codes.UnreadableName, new SourceLocation(rel(path)), "The name of this file or folder is not UTF-8 text (the unreadable bytes are shown as \uFFFD).", "rename it with letters your editor shows correctly; ids use only a-z, 0-9 and -");
                continue;
            }

            yield return path;
        }
    }

    private static bool IsYaml(string name) => name.EndsWith(".yml", StringComparison.Ordinal) || name.EndsWith(".yaml", StringComparison.Ordinal);

    /// <summary>A folder where a content file belongs: without this it would be skipped without a word, and the text the editor meant would be missing.</summary>
    private static void NotAFile(string path, string message, string hint, DiagnosticBag diagnostics) =>
        diagnostics.Error(Codes.UnreadableFile, new SourceLocation(path), message, hint);

    private static IEnumerable<string> Sorted(IEnumerable<string> paths) => paths.Order(StringComparer.Ordinal);
}
