namespace Phrasebook.Lunr.Tests.Support;

/// <summary>Locates the test data and the lunr-node oracle relative to the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The repo's tests/Phrasebook.Lunr.Tests/Vocabularies folder: the Snowball word lists, one word a line.</summary>
    public static string Vocabularies => FindUp(
        dir => Path.Combine(dir, "tests", "Phrasebook.Lunr.Tests", "Vocabularies"),
        "tests/Phrasebook.Lunr.Tests/Vocabularies",
        file: "README.md");

    /// <summary>The repo's tests/lunr-node folder.</summary>
    public static string LunrNode => FindUp(
        dir => Path.Combine(dir, "tests", "lunr-node"),
        "tests/lunr-node",
        file: "package-lock.json");

    private static string FindUp(Func<string, string> candidate, string what, string? file = null)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var path = candidate(dir.FullName);
            if (Directory.Exists(path) && (file is null || File.Exists(Path.Combine(path, file))))
            {
                return path;
            }
        }

        throw new DirectoryNotFoundException($"No {what} above {AppContext.BaseDirectory}.");
    }
}
