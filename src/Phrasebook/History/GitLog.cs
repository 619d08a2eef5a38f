using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;

namespace Phrasebook.History;

/// <summary>
/// Reads <see cref="SourceHistory"/> with one <c>git log</c> for the whole site (one process, not one
/// per file). Outside a repository, or without git, the history is silently empty: dates are a
/// courtesy, never a reason for a build to fail.
/// </summary>
public static class GitLog
{
    private const char CommitMark = '\u0001';

    public static SourceHistory Read(string root)
    {
        if (Prefix(root) is not { } prefix)
        {
            return SourceHistory.None;
        }

        return Run(root) is { } output ? new SourceHistory(prefix, Parse(output)) : new SourceHistory(prefix, new Dictionary<string, DateTimeOffset>());
    }

    /// <summary>
    /// The history <see cref="Read"/> gave at a HEAD that has not moved since: the log names commits only, so the same
    /// HEAD means the same dates. Saves running <c>git log</c>, whose time grows with the history.
    /// </summary>
    public static SourceHistory Kept(string root, IEnumerable<KeyValuePair<string, DateTimeOffset>> dates) =>
        Prefix(root) is { } prefix ? new SourceHistory(prefix, dates.ToDictionary(d => d.Key, d => d.Value, StringComparer.Ordinal)) : SourceHistory.None;

    /// <summary>The site's folder in its repository ("" at the top, else "docs/help/"); null outside one.</summary>
    private static string? Prefix(string root)
    {
        if (FindRepository(root) is not { } repo)
        {
            return null;
        }

        var prefix = Path.GetRelativePath(repo, root).Replace('\\', '/');
        return prefix == "." ? "" : prefix + "/";
    }

    /// <summary>
    /// Parses <c>git log -z --name-status --format=%x01%cI</c>, newest commit first. A file's date is
    /// that of the newest commit that changed its content: a rename without changes (R100) is not a
    /// change, so the file keeps the date it had under its old name.
    /// </summary>
    public static Dictionary<string, DateTimeOffset> Parse(string output)
    {
        var dates = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        var renamedTo = new Dictionary<string, string>(StringComparer.Ordinal);
        DateTimeOffset? date = null;
        var tokens = output.Split('\0');
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i].TrimStart('\n');
            if (token.Length == 0)
            {
                continue;
            }

            if (token[0] == CommitMark)
            {
                date = DateTimeOffset.TryParse(token.AsSpan(1), CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
                continue;
            }

            var status = token[0];
            if (status is 'R' or 'C')
            {
                if (i + 2 >= tokens.Length)
                {
                    break;
                }

                var (from, to) = (tokens[i + 1], tokens[i + 2]);
                i += 2;
                var current = renamedTo.GetValueOrDefault(to, to);
                if (status == 'R' && token == "R100")
                {
                    // Older commits that touched the old name changed this file.
                    renamedTo[from] = current;
                }
                else
                {
                    Date(current);
                }

                continue;
            }

            if (i + 1 >= tokens.Length)
            {
                break;
            }

            var path = tokens[++i];
            if (status != 'D')
            {
                Date(renamedTo.GetValueOrDefault(path, path));
            }
        }

        return dates;

        void Date(string path)
        {
            if (date is { } d)
            {
                dates.TryAdd(path, d);
            }
        }
    }

    /// <summary>
    /// The commit HEAD names. The history can only have changed when it did, so a build cache asks this
    /// (one short git process) before reading the whole log. Null outside a repository or without git;
    /// empty when git cannot name it (a repository without a commit yet).
    /// </summary>
    public static string? Head(string root) =>
        FindRepository(root) is null ? null
        : Git(root, "rev-parse", "HEAD") is { } run ? (run.ExitCode == 0 ? run.Output.Trim() : "")
        : null;

    // --relative: paths relative to the site root, as the content model names its files.
    private static string? Run(string root) =>
        Git(root, "-c", "core.quotePath=false", "log", "-z", "--no-color", "--no-ext-diff", "-M", "--name-status", "--relative", "--format=%x01%cI", "--", ".") is { ExitCode: 0 } run
            ? run.Output
            : null;

    /// <summary>Runs git in <paramref name="root"/>; null when there is no git on this machine.</summary>
    private static (int ExitCode, string Output)? Git(string root, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        try
        {
            using var git = Process.Start(start);
            if (git is null)
            {
                return null;
            }

            var stderr = git.StandardError.ReadToEndAsync();
            var stdout = git.StandardOutput.ReadToEnd();
            git.WaitForExit();
            _ = stderr.Result;
            return (git.ExitCode, stdout);
        }
        catch (Win32Exception)
        {
            // No git on this machine.
            return null;
        }
    }

    /// <summary>The folder holding .git (a folder, or a file in worktrees and submodules) at or above root.</summary>
    private static string? FindRepository(string root)
    {
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            var git = Path.Combine(dir.FullName, ".git");
            if (Directory.Exists(git) || File.Exists(git))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
