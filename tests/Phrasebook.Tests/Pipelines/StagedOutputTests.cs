using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Output;

namespace Phrasebook.Tests.Pipelines;

/// <summary>
/// The staged output: a build writes beside the output and swaps it in; the replaced site is kept
/// and the next build overwrites it in place, deleting only what it did not write.
/// </summary>
public sealed class StagedOutputTests : IDisposable
{
    private readonly string _parent = Directory.CreateTempSubdirectory("phrasebook-staged-").FullName;

    private string Target => Path.Combine(_parent, "output");

    private string Previous => Path.Combine(_parent, ".output.previous");

    public void Dispose() => Directory.Delete(_parent, recursive: true);

    [Fact]
    public void The_first_build_makes_the_output_and_keeps_nothing_beside_it()
    {
        Build(("index.html", "home"), ("nb/a/index.html", "a"));

        Assert.Equal(["index.html=home", "nb/a/index.html=a"], Tree(Target));
        Assert.Equal(["output"], Siblings());
    }

    [Fact]
    public void The_next_build_keeps_the_replaced_site_and_the_one_after_reuses_it()
    {
        Build(("index.html", "one"), ("nb/a/index.html", "a1"), ("nb/gone/index.html", "gone"));
        Build(("index.html", "two"), ("nb/a/index.html", "a2"));
        Assert.Equal(["index.html=one", "nb/a/index.html=a1", "nb/gone/index.html=gone"], Tree(Previous));
        var reusedFile = new FileInfo(Path.Combine(Previous, "nb", "a", "index.html"));
        var inode = Inode(reusedFile.FullName);

        Build(("index.html", "three"), ("nb/a/index.html", "a3"), ("nb/new/index.html", "new"));

        Assert.Equal(["index.html=three", "nb/a/index.html=a3", "nb/new/index.html=new"], Tree(Target));
        Assert.False(Directory.Exists(Path.Combine(Target, "nb", "gone")), "a page that is no longer built is gone, with its folder");
        Assert.Equal(inode, Inode(Path.Combine(Target, "nb", "a", "index.html")));
        Assert.Equal(["index.html=two", "nb/a/index.html=a2"], Tree(Previous));
        Assert.Equal([".output.previous", "output"], Siblings());
    }

    [Fact]
    public void A_reused_file_that_already_holds_the_page_is_left_alone_and_any_other_gets_exactly_the_new_bytes()
    {
        Build(("same.html", "unchanged"), ("shorter.html", "a long old page"), ("longer.html", "old"), ("equal.html", "abc"));
        Build(("other.html", "x"));
        var stamp = new DateTime(2020, 1, 2, 3, 4, 5, DateTimeKind.Utc);
        foreach (var file in Directory.EnumerateFiles(Previous))
        {
            File.SetLastWriteTimeUtc(file, stamp);
        }

        Build(("same.html", "unchanged"), ("shorter.html", "new"), ("longer.html", "a longer new page"), ("equal.html", "xyz"));

        Assert.Equal(["equal.html=xyz", "longer.html=a longer new page", "same.html=unchanged", "shorter.html=new"], Tree(Target));
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(Path.Combine(Target, "same.html")));
        Assert.NotEqual(stamp, File.GetLastWriteTimeUtc(Path.Combine(Target, "equal.html")));
    }

    [Fact]
    public void A_file_where_a_folder_now_goes_and_a_folder_where_a_file_now_goes_are_replaced()
    {
        Build(("x", "file"), ("y/index.html", "in a folder"));
        Build(("z", "z"));

        Build(("x/index.html", "now a folder"), ("y", "now a file"));

        Assert.Equal(["x/index.html=now a folder", "y=now a file"], Tree(Target));
    }

    [Fact]
    public void A_link_in_the_reused_folder_is_removed_and_what_it_points_at_is_left_alone()
    {
        var outside = Path.Combine(_parent, "outside.txt");
        File.WriteAllText(outside, "keep me");
        Build(("a.html", "a"));
        Build(("b.html", "b"));
        File.CreateSymbolicLink(Path.Combine(Previous, "link.html"), outside);

        Build(("c.html", "c"));

        Assert.Equal(["c.html=c"], Tree(Target));
        Assert.Equal("keep me", File.ReadAllText(outside));
    }

    [Fact]
    public void A_link_to_a_folder_in_the_reused_folder_is_removed_without_entering_the_folder()
    {
        var outside = Directory.CreateDirectory(Path.Combine(_parent, "outside-folder")).FullName;
        File.WriteAllText(Path.Combine(outside, "index.html"), "keep me");
        Build(("a.html", "a"));
        Build(("b.html", "b"));
        Directory.CreateSymbolicLink(Path.Combine(Previous, "linked"), outside);
        Directory.CreateDirectory(Path.Combine(Previous, "empty", "nested"));

        Build(("c.html", "c"));

        Assert.Equal(["c.html=c"], Tree(Target));
        Assert.Empty(Directory.EnumerateDirectories(Target));
        Assert.Equal("keep me", File.ReadAllText(Path.Combine(outside, "index.html")));
    }

    [Fact]
    public void A_build_that_fails_gives_the_reused_folder_back_and_leaves_the_output_alone()
    {
        Build(("index.html", "one"));
        Build(("index.html", "two"));

        using (var staged = StagedOutput.Begin(Target))
        {
            staged.Staging.Write(Document.FromText("index.html", "half-built"));
            Assert.False(Directory.Exists(Previous), "the build has claimed the kept site");
        }

        Assert.Equal(["index.html=two"], Tree(Target));
        Assert.Equal([".output.previous", "output"], Siblings());
    }

    [Fact]
    public void A_killed_builds_staging_folder_is_reused_and_a_running_builds_is_left_alone()
    {
        Build(("index.html", "one"));
        var killed = Path.Combine(_parent, ".output.staging-999999999-0123");
        Directory.CreateDirectory(Path.Combine(killed, "half"));
        File.WriteAllText(Path.Combine(killed, "half", "page.html"), "half");
        using var running = StagedOutput.Begin(Target);

        Build(("index.html", "two"));

        Assert.Equal(["index.html=two"], Tree(Target));
        Assert.False(Directory.Exists(killed));
        Assert.True(Directory.Exists(running.Staging.Path), "a build of this process that has not finished keeps its folder");
    }

    [Fact]
    public void A_write_outside_the_folder_is_refused()
    {
        var folder = new OutputFolder(Directory.CreateDirectory(Path.Combine(_parent, "o")).FullName);

        var error = Assert.Throws<InvalidOperationException>(() => folder.Write(Document.FromText("../escape.html", "x")));

        Assert.Contains("outside the output folder", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_parent, "escape.html")));
    }

    private void Build(params (string Path, string Text)[] files)
    {
        using var staged = StagedOutput.Begin(Target);
        foreach (var (path, text) in files)
        {
            staged.Staging.Write(Document.FromText(path, text));
        }

        staged.Commit();
    }

    private List<string> Siblings() =>
        [.. Directory.EnumerateFileSystemEntries(_parent).Select(Path.GetFileName).OfType<string>().Where(n => n is not ("outside.txt" or "outside-folder")).Order(StringComparer.Ordinal)];

    private static List<string> Tree(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')}={File.ReadAllText(f)}")
            .Order(StringComparer.Ordinal)];

    private static long Inode(string path)
    {
        var stat = System.Diagnostics.Process.Start(new System.Diagnostics.ProcessStartInfo("stat", ["-c", "%i", path]) { RedirectStandardOutput = true })!;
        var text = stat.StandardOutput.ReadToEnd();
        stat.WaitForExit();
        return long.Parse(text.Trim(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
