using System.CommandLine;

namespace Phrasebook.Cli;

/// <summary>The command line: `build`, `check`, `codes`, `preview` and `new`; every command has --help.</summary>
public static class PhrasebookCommand
{
    /// <param name="interruption">SIGINT and SIGTERM; null in-process (tests), where nothing stops a command.</param>
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, Interruption? interruption = null)
    {
        var root = new RootCommand("Phrasebook: turns a supplier's jargon into a searchable customer phrasebook website.");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(CodesCommand.Create(output, error));
        root.Subcommands.Add(PreviewCommand.Create(output, error));
        root.Subcommands.Add(NewCommand.Create(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var e in parsed.Errors)
            {
                await error.WriteLineAsync($"error: {e.Message}");
            }

            await error.WriteLineAsync("Run 'phrasebook --help' for usage.");
            return ExitCodes.UsageError;
        }

        try
        {
            // The signals are ours (Interruption), not System.CommandLine's: it would let the cancellation escape as an
            // unhandled TaskCanceledException (SIGABRT) and give no word on what happened to the output.
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false, ProcessTerminationTimeout = null };
            var code = await parsed.InvokeAsync(configuration, interruption?.Token ?? CancellationToken.None);
            return code;
        }
        catch (Exception e) when (interruption is { Requested: true } && (e is OperationCanceledException || e.InnerException is OperationCanceledException))
        {
            return await Stopped(interruption, error);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Content problems are diagnostics; an exception here is a bug in Phrasebook itself.
            await error.WriteLineAsync($"internal error: {e}");
            await error.WriteLineAsync("This is a bug in Phrasebook, not in your content. Please report it with the output above.");
            return ExitCodes.InternalError;
        }
    }

    private static async Task<int> Stopped(Interruption interruption, TextWriter error)
    {
        await error.WriteLineAsync($"Stopped by {interruption.SignalName}: nothing was written; the previous output is unchanged.");
        await error.FlushAsync();
        return interruption.ExitCode;
    }
}
