using Phrasebook.Cli;

using var interruption = Interruption.Listen();
return await PhrasebookCommand.RunAsync(args, Console.Out, Console.Error, interruption);
