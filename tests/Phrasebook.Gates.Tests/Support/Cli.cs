using System.Diagnostics;
using System.Reflection;

namespace Phrasebook.Gates.Tests.Support;

/// <summary>The result of one run of the command line.</summary>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, bool TimedOut, TimeSpan Elapsed)
{
    public override string ToString() =>
        $"exit {ExitCode}{(TimedOut ? " (killed: time limit)" : "")} after {Elapsed.TotalSeconds:0.0} s\n--- stderr ---\n{Clip(Stderr)}\n--- stdout ---\n{Clip(Stdout)}";

    private static string Clip(string s) => s.Length > 4000 ? s[..4000] + "\n..." : s;
}

/// <summary>Runs the real Phrasebook command line (`dotnet Phrasebook.Cli.dll`) as a child process.</summary>
internal static class CliProcess
{
    /// <summary>Phrasebook.Cli.dll in its own build output (the project reference builds it first).</summary>
    public static string Dll { get; } = typeof(CliProcess).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "PhrasebookCliDll").Value!;

    public static ProcessStartInfo StartInfo(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        info.Environment["DOTNET_NOLOGO"] = "1";
        info.Environment["NO_COLOR"] = "1";
        return info;
    }

    /// <summary>`build --root <paramref name="root"/>`, killed (whole tree) after <paramref name="limit"/>.</summary>
    public static Task<CliRun> BuildAsync(string root, TimeSpan limit) => RunAsync(limit, "build", "--root", root);

    public static Task<CliRun> RunAsync(TimeSpan limit, params string[] args) => Tool.RunAsync(limit, StartInfo(args));
}

/// <summary>Runs any command line tool with a time limit.</summary>
internal static class Tool
{
    public static Task<CliRun> RunAsync(TimeSpan limit, string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return RunAsync(limit, info);
    }

    /// <summary>Starts the process, reads both streams, and kills the whole tree when <paramref name="limit"/> passes.</summary>
    public static async Task<CliRun> RunAsync(TimeSpan limit, ProcessStartInfo info)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException(info.FileName + " did not start");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(limit);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            timedOut = true;
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        return new CliRun(process.ExitCode, await stdout, await stderr, timedOut, clock.Elapsed);
    }
}
