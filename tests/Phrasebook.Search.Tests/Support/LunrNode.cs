using System.Diagnostics;
using System.Text;

namespace Phrasebook.Search.Tests.Support;

/// <summary>
/// Runs the real lunr.js (tests/lunr-node, pinned by its lock file) under Node. Installs the
/// packages with <c>npm ci</c> on first use; fails with a clear message when Node is missing.
/// </summary>
internal static class LunrNode
{
    private static readonly Lock InstallLock = new();

    /// <summary>Builds every job in one Node process; returns one index JSON per job.</summary>
    public static IReadOnlyList<string> BuildIndexes(IReadOnlyList<IndexJob> jobs)
    {
        var input = new StringBuilder("[");
        for (var i = 0; i < jobs.Count; i++)
        {
            input.Append(i > 0 ? "," : string.Empty);
            jobs[i].AppendNodeJob(input);
        }

        input.Append(']');
        var output = Run("build-index.js", input.ToString());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == jobs.Count, $"lunr-node returned {lines.Length} indexes for {jobs.Count} jobs");
        return lines;
    }

    /// <summary>Runs a script of tests/lunr-node with stdin, returning stdout (UTF-8).</summary>
    public static string Run(string script, string stdin)
    {
        var directory = EnsureInstalled();
        var (code, stdout, stderr) = Execute("node", [script], directory, stdin);
        Assert.True(code == 0, $"node {script} failed ({code}):\n{stderr}");
        return stdout;
    }

    private static string EnsureInstalled()
    {
        var directory = TestPaths.LunrNode;
        lock (InstallLock)
        {
            if (!Directory.Exists(Path.Combine(directory, "node_modules", "lunr-languages")))
            {
                var (code, _, stderr) = Execute("npm", ["ci", "--no-audit", "--no-fund"], directory, null);
                Assert.True(code == 0, $"npm ci in {directory} failed ({code}):\n{stderr}");
            }
        }

        return directory;
    }

    private static (int Code, string Stdout, string Stderr) Execute(string program, string[] args, string directory, string? stdin)
    {
        var info = new ProcessStartInfo(program)
        {
            WorkingDirectory = directory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        Process process;
        try
        {
            process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException(
                $"The lunr equivalence tests need Node.js and npm on PATH ('{program}' could not start: {e.Message}).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin ?? string.Empty);
            process.StandardInput.Close();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
