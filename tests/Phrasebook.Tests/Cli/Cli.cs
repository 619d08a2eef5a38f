using Phrasebook.Cli;

namespace Phrasebook.Tests.Cli;

internal static class Cli
{
    public static async Task<(int Code, string Out, string Err)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PhrasebookCommand.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }
}
