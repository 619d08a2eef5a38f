using System.Text;
using Phrasebook.Testing;

namespace Phrasebook.Lunr.Tests.Support;

/// <summary>
/// Runs the real lunr.js (tests/lunr-node, pinned by its lock file) under Node. Installs the
/// packages with <c>npm ci</c> on first use; fails with a clear message when Node is missing.
/// </summary>
internal static class LunrNode
{
    /// <summary>Builds every job in one Node process; returns one index JSON per job.</summary>
    public static IReadOnlyList<string> BuildIndexes(IReadOnlyList<IndexJob> jobs)
    {
        var input = new StringBuilder("[");
        for (var i = 0; i < jobs.Count; i++)
        {
            input.Append(i > 0 ? "," : string.Empty);
            jobs[i].AppendNodeJob(input);
        }

        input.Append(']');
        var output = Run("build-index.js", input.ToString());
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length == jobs.Count, $"lunr-node returned {lines.Length} indexes for {jobs.Count} jobs");
        return lines;
    }

    /// <summary>Runs a script of tests/lunr-node with stdin, returning stdout (UTF-8).</summary>
    public static string Run(string script, string stdin) => NodeScripts.Run(TestPaths.LunrNode, "lunr-languages", script, stdin);
}
