using Phrasebook.Content;
using Phrasebook.Content.Files;
using Phrasebook.Content.Reading;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Output;

namespace Phrasebook.Build;

/// <summary>
/// The build replaces its output folder on every run and deletes what the new site no longer has, so
/// it must be a folder of its own: not the site's folder or one above it, not a folder of sources,
/// and neither it nor anything the build keeps beside it (the previous site, staging folders) a
/// symlink or a file someone put there: the build would write into, and delete, what it points to.
/// </summary>
internal static class OutputFolderRules
{
    private const int MaxPathLength = 1024;

    /// <summary>Names that, at the top of an existing folder, mark it as a site's sources rather than a built site.</summary>
    private static readonly string[] SourceMarkers = ["statiq.json", ContentLoader.InputFolder, "themes", "overrides", ".git"];

    /// <summary>True when the build may replace <paramref name="output"/>; else false, with the errors.</summary>
    public static bool Check(string root, string output, DiagnosticBag diagnostics)
    {
        var before = diagnostics.ErrorCount;
        var settings = new SourceLocation("statiq.json");
        if (output.Length > MaxPathLength)
        {
            diagnostics.Error(Codes.UnsafeOutput, settings, $"The output folder's path is {output.Length} characters long; at most {MaxPathLength} are allowed.", "use a short OutputPath such as output");
            return false;
        }

        if (output == root || IsInside(output, root))
        {
            diagnostics.Error(Codes.InvalidSettings, settings, $"The output folder '{output}' is the site's folder or holds it: the build would replace the site's own files.", "use a folder of its own, such as output");
            return false;
        }

        // OutputPath in statiq.json is checked when it is read; this also covers --output pointing into the site.
        if (IsInside(root, output) && Path.GetRelativePath(root, output).Split(Path.DirectorySeparatorChar)[0] is var top
            && (OutputPathRule.Reserved.Contains(top, StringComparer.OrdinalIgnoreCase) || top.Equals(".git", StringComparison.OrdinalIgnoreCase)))
        {
            diagnostics.Error(Codes.InvalidSettings, settings, $"The output folder '{Shown(root, output)}' is inside '{top}', which holds the site's own files: the build would replace or delete them.", "use a folder of its own, such as output");
            return false;
        }

        // Every folder from the site down to the output (or only the output, when --output is outside the site).
        var start = IsInside(root, output) ? root : Path.GetDirectoryName(output)!;
        var path = start;
        foreach (var part in Path.GetRelativePath(start, output).Split(Path.DirectorySeparatorChar))
        {
            path = Path.Combine(path, part);
            if (new FileInfo(path).LinkTarget is not null)
            {
                diagnostics.Error(Codes.UnsafeOutput, new SourceLocation(Shown(root, path)), "The output folder (or a folder on its path) is a symbolic link: the build would write into, and delete files of, the folder it points to.", "delete the link; the build makes the output folder itself");
                return false;
            }

            if (SiteFiles.IsThere(path))
            {
                diagnostics.Error(Codes.UnsafeOutput, new SourceLocation(Shown(root, path)), "The output folder's path is taken by a file, not a folder.", "delete the file, or choose another OutputPath");
                return false;
            }
        }

        if (Directory.Exists(output) && SourceMarkers.FirstOrDefault(m => Path.Exists(Path.Combine(output, m))) is { } marker)
        {
            diagnostics.Error(Codes.UnsafeOutput, new SourceLocation(Shown(root, output)), $"The output folder holds '{marker}': it is a site's sources, not a site the build made, and the build would delete them.", "choose another OutputPath");
        }

        foreach (var companion in StagedOutput.Companions(output).Where(c => !StagedOutput.IsRealFolder(c)))
        {
            diagnostics.Error(Codes.UnsafeOutput, new SourceLocation(Shown(root, companion)), "The build keeps its previous output and staging folders under this name, and here is a symbolic link or a file instead: the build would write into, and delete, what it points to.", "delete it; the build makes these folders itself");
        }

        return diagnostics.ErrorCount == before;
    }

    private static string Shown(string root, string path) =>
        IsInside(root, path) ? Path.GetRelativePath(root, path).Replace('\\', '/') : path;

    private static bool IsInside(string folder, string path) =>
        path.StartsWith(folder.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal);
}
