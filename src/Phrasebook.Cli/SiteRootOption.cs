using System.CommandLine;

namespace Phrasebook.Cli;

/// <summary>
/// `--root`, shared by every command that reads a site: checked once, when the command line is parsed, so a
/// folder that does not exist is the same usage error (exit 2) in build, check, codes and preview.
/// </summary>
internal static class SiteRootOption
{
    public static readonly Option<DirectoryInfo> Option = Create();

    private static Option<DirectoryInfo> Create()
    {
        var option = new Option<DirectoryInfo>("--root")
        {
            Description = "The site folder (holding statiq.json). Default: the current folder.",
            DefaultValueFactory = _ => new DirectoryInfo(Environment.CurrentDirectory),
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<DirectoryInfo>() is { Exists: false } missing)
            {
                result.AddError($"the folder '{missing.FullName}' does not exist.");
            }
        });
        return option;
    }
}
