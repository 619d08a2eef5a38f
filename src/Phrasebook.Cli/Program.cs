using Phrasebook.Cli;

return await PhrasebookCommand.RunAsync(args, Console.Out, Console.Error);
