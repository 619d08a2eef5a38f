using Phrasebook.Build;

namespace Phrasebook.Gates.Tests;

/// <summary>
/// Gate: the same input gives byte-identical trees: no timestamps, random ids, absolute paths or
/// unordered dictionaries in the output.
/// </summary>
public sealed class DeterminismTests
{
    [Fact]
    public async Task Two_builds_of_the_sample_in_different_folders_are_byte_identical()
    {
        using var first = Repo.CopySample("phrasebook-det-a-");
        using var second = Repo.CopySample("phrasebook-det-bb-");

        var a = await SiteBuilder.BuildAsync(new BuildOptions { Root = first.Root, Output = first.Output });
        // A different degree of parallelism as well: the order documents finish in must not show.
        var b = await SiteBuilder.BuildAsync(new BuildOptions { Root = second.Root, Output = second.Output, MaxParallelism = 1 });
        Assert.True(a.Succeeded && b.Succeeded, string.Join('\n', a.Diagnostics.Concat(b.Diagnostics).Where(d => d.IsError)));

        var treeA = Repo.HashTree(first.Output);
        var treeB = Repo.HashTree(second.Output);
        Assert.True(treeA.Count > 100, $"{treeA.Count} files");
        var diff = Repo.Diff(treeA, treeB);
        Assert.True(diff.Count == 0, string.Join('\n', diff.Take(30)));
    }
}
