namespace Phrasebook.Search.Tests.Support;

/// <summary>Locates shared test data and the lunr-node oracle relative to the test binaries.</summary>
internal static class TestPaths
{
    /// <summary>The folder that holds <c>data/lunr-stems</c> (../shared next to the repo).</summary>
    public static string SharedStems => FindUp(
        dir => Path.Combine(dir, "shared", "data", "lunr-stems"),
        "a folder containing shared/data/lunr-stems");

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
