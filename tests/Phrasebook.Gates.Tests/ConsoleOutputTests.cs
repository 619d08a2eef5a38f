using System.Diagnostics;
using System.Text.RegularExpressions;
using Phrasebook.Gates.Tests.Support;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: the command line writes through writers of its own (Program.cs) with a 64 KB buffer instead of the
/// console's 256 bytes. What a check prints still comes whole and in order, and what the preview prints shows
/// while it runs, not when it stops.
/// </summary>
public sealed partial class ConsoleOutputTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    [Fact]
    public async Task Thousands_of_warnings_come_whole_and_in_file_order()
    {
        var folder = Directory.CreateTempSubdirectory("phrasebook-console-");
        try
        {
            var root = Path.Combine(folder.FullName, "site");
            var generated = await Tool.RunAsync(Limit, "python3", Path.Combine(Repo.Root, "bench", "generate.py"), root, "--terms", "300", "--seed", "33");
            Assert.True(generated.ExitCode == 0, generated.ToString());

            var run = await CliProcess.RunAsync(Limit, "check", "--root", root);
            Assert.True(run.ExitCode == 0 && !run.TimedOut, run.ToString());
            var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
            var total = int.Parse(Summary().Match(lines[^1]).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
            Assert.True(total > 1_000, $"only {total} warnings: too few to fill the buffer many times over");
            Assert.Equal(total, lines.Count(l => l.Contains(": warning PB", StringComparison.Ordinal)));
            Assert.Equal(total, lines.Count(l => l.TrimStart().StartsWith("hint:", StringComparison.Ordinal)));

            // Each file's name heads its warnings once, the files in order.
            var files = lines.Where(l => !l.StartsWith(' ') && l.StartsWith("input/", StringComparison.Ordinal)).ToList();
            Assert.Equal(files.Order(StringComparer.Ordinal).Distinct(), files);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task What_the_preview_prints_shows_while_it_runs()
    {
        using var site = Repo.CopySample("phrasebook-console-preview-");
        var info = CliProcess.StartInfo("preview", "--root", site.Root, "--port", "0");
        using var process = Process.Start(info)!;
        try
        {
            // The first build's report, then the address.
            var serving = ServingLine(process.StandardOutput);
            var done = await Task.WhenAny(serving, Task.Delay(Limit));
            Assert.True(done == serving, "the preview did not print its address while running");
            Assert.StartsWith("Serving http://", await serving, StringComparison.Ordinal);
            Assert.False(process.HasExited);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    private static async Task<string?> ServingLine(StreamReader output)
    {
        while (await output.ReadLineAsync() is { } line)
        {
            if (line.StartsWith("Serving ", StringComparison.Ordinal))
            {
                return line;
            }
        }

        return null;
    }

    [GeneratedRegex(@"\((\d+) warning\(s\)\)")]
    private static partial Regex Summary();
}
