using System.Diagnostics;
using Phrasebook.Tests.BuildCache;

namespace Phrasebook.Tests.Security;

/// <summary>
/// The planted files of <see cref="ReadOutsideSiteTests"/>, through `build` as the command line runs it: the build
/// cache hashes every source before anything is parsed, so it must not open a FIFO (which would block the build
/// for ever) or walk into a folder linked out of the site, any more than the readers do.
/// </summary>
public sealed class CachedBuildPlantTests
{
    [Theory]
    [InlineData("input/assets/pipe.svg")]
    [InlineData("input/industries/logistics/pipe.yml")]
    [InlineData("themes/default/assets/pipe.css")]
    [InlineData("overrides/strings/nb.yml")]
    public async Task A_fifo_is_never_opened_by_the_build_cache(string fifo)
    {
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build()).Code);
        var before = site.OutputTree();
        var path = site.PathOf(fifo);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [path]) { UseShellExecute = false })!)
        {
            await mkfifo.WaitForExitAsync();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        // A build that opened the FIFO would wait for a writer that never comes.
        var run = await site.Build().WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(1, run.Code);
        Assert.Contains(run.Diagnostics, d => d.StartsWith($"{fifo}: error PB030", StringComparison.Ordinal) && d.Contains("FIFO", StringComparison.Ordinal));
        Assert.Equal(before, site.OutputTree());
    }

    [Fact]
    public async Task A_folder_linked_to_the_root_of_the_machine_is_not_walked_by_the_build_cache()
    {
        using var site = CachedSite.Sample();
        Assert.Equal(0, (await site.Build()).Code);
        var before = site.OutputTree();
        File.CreateSymbolicLink(site.PathOf("input/assets/everything"), "/");

        var run = await site.Build().WaitAsync(TimeSpan.FromSeconds(120));

        Assert.Equal(1, run.Code);
        Assert.Contains(run.Diagnostics, d => d.StartsWith("input/assets/everything: error PB030", StringComparison.Ordinal));
        Assert.Equal(before, site.OutputTree());
    }
}
