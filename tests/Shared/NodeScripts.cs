using System.Diagnostics;
using System.Text;

namespace Phrasebook.Testing;

/// <summary>
/// Runs a Node.js script of a pinned npm folder (tests/lunr-node, tests/gates-node) with stdin, after
/// installing the folder's packages with <c>npm ci</c> on first use. Fails with a clear message when
/// Node is missing or the script fails. Linked into the test projects that need it (tests/Shared).
/// </summary>
internal static class NodeScripts
{
    private static readonly Lock InstallLock = new();

    /// <param name="installedPackage">A package of the folder whose presence in node_modules means `npm ci` has run.</param>
    public static string Run(string directory, string installedPackage, string script, string stdin)
    {
        lock (InstallLock)
        {
            if (!Directory.Exists(Path.Combine(directory, "node_modules", installedPackage)))
            {
                var (installed, _, error) = Execute("npm", ["ci", "--no-audit", "--no-fund"], directory, string.Empty);
                Xunit.Assert.True(installed == 0, $"npm ci in {directory} failed ({installed}):\n{error}");
            }
        }

        var (code, stdout, stderr) = Execute("node", [script], directory, stdin);
        Xunit.Assert.True(code == 0, $"node {script} in {directory} failed ({code}):\n{stderr}");
        return stdout;
    }

    private static (int Code, string Stdout, string Stderr) Execute(string program, string[] args, string directory, string stdin)
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
            throw new InvalidOperationException($"These tests need Node.js and npm on PATH ('{program}' could not start: {e.Message}).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.StandardInput.Write(stdin);
            process.StandardInput.Close();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result, stderr.Result);
        }
    }
}
