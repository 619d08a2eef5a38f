using System.ComponentModel;
using System.Diagnostics;

namespace Phrasebook.BuildCache;

/// <summary>
/// The commit HEAD names: the git history the pages show (dates, from <c>git log</c>) can only have changed when
/// it did. Asking is one short git process; reading the whole log is done only then.
/// </summary>
public static class GitHead
{
    public static string? Read(string root)
    {
        if (!InRepository(root))
        {
            return null;
        }

        var start = new ProcessStartInfo("git") { WorkingDirectory = root, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "rev-parse", "HEAD" })
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

            var head = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 ? head : "";
        }
        catch (Win32Exception)
        {
            // No git: the history is empty, as GitLog reads it.
            return null;
        }
    }

    private static bool InRepository(string root)
    {
        for (var dir = new DirectoryInfo(root); dir is not null; dir = dir.Parent)
        {
            if (Path.Exists(Path.Combine(dir.FullName, ".git")))
            {
                return true;
            }
        }

        return false;
    }
}
