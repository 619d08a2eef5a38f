using System.CommandLine;

namespace Phrasebook.Cli;

/// <summary>`new FOLDER`: scaffolds a phrasebook that builds and checks clean, for editors to grow.</summary>
internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var folder = new Argument<DirectoryInfo>("folder") { Description = "Where to create the phrasebook: a new or empty folder." };
        var name = new Option<string?>("--name") { Description = "The supplier's name, used in the site's title. Default: the folder's name." };
        var languages = new Option<string[]>("--languages")
        {
            Description = $"The site's languages, separated by commas, the default first (any of {string.Join(", ", Scaffold.Languages)}).",
            DefaultValueFactory = _ => Scaffold.Languages,
            AllowMultipleArgumentsPerToken = true,
        };
        var command = new Command("new", "Create a new phrasebook: settings, roles, one industry, two example terms, one process, the theme and the JSON Schemas for editors.")
        {
            folder,
            name,
            languages,
        };
        command.SetAction(parse =>
        {
            var target = parse.GetValue(folder)!;
            var langs = parse.GetValue(languages)!.SelectMany(l => l.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
            var siteName = (parse.GetValue(name) ?? target.Name).Trim();
            if (Problem(target, langs, siteName) is { } problem)
            {
                error.WriteLine($"error: {problem}");
                return ExitCodes.UsageError;
            }

            List<string> files;
            try
            {
                files = Scaffold.Write(target.FullName, siteName, langs);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                error.WriteLine($"error: cannot write into '{target.FullName}': {e.Message}");
                return ExitCodes.UsageError;
            }

            output.WriteLine($"Created a phrasebook for {siteName} in {target.FullName}: {files.Count} files, languages {string.Join(", ", langs)} ({langs[0]} is the default).");
            // The launcher (./phrasebook, phrasebook.cmd) says how it was called, so the next commands can be pasted.
            var command = Environment.GetEnvironmentVariable("PHRASEBOOK_COMMAND") is { Length: > 0 } c ? c : "phrasebook";
            output.WriteLine("Next:");
            output.WriteLine($"  {command} build --root {target.FullName}    writes the site into {Path.Combine(target.FullName, "output")} and fills permalinks.txt");
            output.WriteLine($"  {command} check --root {target.FullName} --strict    the pull request's check: every mistake, writes nothing");
            output.WriteLine("Put the folder in a GitHub repository and set its variable PHRASEBOOK_REPOSITORY to this tool's repository, so that");
            output.WriteLine(".github/workflows/phrasebook.yml can check pull requests; then replace the example terms with your own.");
            output.WriteLine($"The site's docs/editor-guide.md tells how: {Path.Combine(target.FullName, "docs", "editor-guide.md")}");
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string? Problem(DirectoryInfo target, List<string> languages, string name)
    {
        if (File.Exists(target.FullName))
        {
            return $"'{target.FullName}' is a file. Name a new or empty folder.";
        }

        if (target.Exists && target.EnumerateFileSystemInfos().Any())
        {
            return $"the folder '{target.FullName}' is not empty. `new` writes only into a new or empty folder, so it never overwrites your work.";
        }

        if (languages.Count == 0)
        {
            return "--languages names no language.";
        }

        if (languages.FirstOrDefault(l => !Scaffold.Languages.Contains(l)) is { } unknown)
        {
            return $"the example texts exist in {string.Join(", ", Scaffold.Languages)}, not in '{unknown}'. Create the site with some of those, then add your language to Languages in statiq.json and translate.";
        }

        if (languages.GroupBy(l => l).FirstOrDefault(g => g.Count() > 1) is { } twice)
        {
            return $"--languages names '{twice.Key}' twice.";
        }

        return name.Length == 0 || name.Any(char.IsControl) ? "--name must be a name on one line." : null;
    }
}
