using System.Text;
using Phrasebook.Cli;

using var interruption = Interruption.Listen();
return await PhrasebookCommand.RunAsync(args, Output(Console.Out, Console.OpenStandardOutput), Output(Console.Error, Console.OpenStandardError), interruption);

// Console.Out writes through a 256-byte buffer: a check's 97,000 warnings (24 MB) were 95,605 write calls, about a fifth
// of a second at its end. A writer with a 64 KB buffer flushes after every write, as the console's does, so what
// the preview prints still shows at once. Another console encoding than UTF-8 keeps the console's own writer.
static TextWriter Output(TextWriter console, Func<Stream> open) =>
    console.Encoding.CodePage == Encoding.UTF8.CodePage
        ? TextWriter.Synchronized(new StreamWriter(open(), new UTF8Encoding(false), 1 << 16) { AutoFlush = true })
        : console;
