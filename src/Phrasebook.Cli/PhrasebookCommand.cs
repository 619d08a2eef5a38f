using System.CommandLine;

namespace Phrasebook.Cli;

/// <summary>The command line: `build`, `check`, `codes`, `preview` and `new`; every command has --help.</summary>
public static class PhrasebookCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("Phrasebook: turns a supplier's jargon into a searchable customer phrasebook website.");
        root.Subcommands.Add(BuildCommand.Create(output, error));
        root.Subcommands.Add(CheckCommand.Create(output, error));
        root.Subcommands.Add(CodesCommand.Create(output, error));
        root.Subcommands.Add(PreviewCommand.Create(output, error));
        root.Subcommands.Add(New.NewCommand.Create(output, error));

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
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Content problems are diagnostics; an exception here is a bug in Phrasebook itself.
            await error.WriteLineAsync($"internal error: {e}");
            await error.WriteLineAsync("This is a bug in Phrasebook, not in your content. Please report it with the output above.");
            return ExitCodes.InternalError;
        }
    }
}
