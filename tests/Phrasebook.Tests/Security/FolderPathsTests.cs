using System.Diagnostics;
using Phrasebook.Content.Files;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Security;

/// <summary>
/// Reading with <see cref="SiteFiles.FolderPaths"/> (each folder's real path resolved once per load, then
/// one lstat per file) refuses exactly what the full check refuses, with the same error: each test plants
/// a link or special file, reads it both ways, and compares.
/// </summary>
public sealed class FolderPathsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("phrasebook-folders-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("phrasebook-outside-").FullName;

    public FolderPathsTests()
    {
        Directory.CreateDirectory(Path.Combine(_root, "input", "industries", "logistics"));
        File.WriteAllText(Path.Combine(_root, "input", "industries", "logistics", "a.yml"), "id: a\n");
        File.WriteAllText(Path.Combine(_outside, "secret.yml"), PlantedSite.Secret);
        Directory.CreateDirectory(Path.Combine(_outside, "folder"));
        File.WriteAllText(Path.Combine(_outside, "folder", "inner.yml"), PlantedSite.Secret);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }

    [Fact]
    public void A_regular_file_is_read_through_the_resolved_folder()
    {
        var folders = new SiteFiles.FolderPaths();
        var diagnostics = new DiagnosticBag();

        var first = Read("input/industries/logistics/a.yml", diagnostics, folders);
        File.WriteAllText(Path.Combine(_root, "input", "industries", "logistics", "b.yml"), "id: b\n");
        var second = Read("input/industries/logistics/b.yml", diagnostics, folders);

        Assert.Equal("id: a\n", first);
        Assert.Equal("id: b\n", second);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_site_inside_a_linked_folder_reads_its_files()
    {
        var linkedRoot = Path.Combine(_outside, "site-link");
        Directory.CreateSymbolicLink(linkedRoot, _root);
        var diagnostics = new DiagnosticBag();

        var text = SiteFiles.ReadAllText(linkedRoot, Path.Combine(linkedRoot, "input/industries/logistics/a.yml"), "input/industries/logistics/a.yml", diagnostics);
        var fast = System.Text.Encoding.UTF8.GetString(SiteFiles.ReadAllBytes(linkedRoot, Path.Combine(linkedRoot, "input/industries/logistics/a.yml"), "input/industries/logistics/a.yml", diagnostics, folders: new SiteFiles.FolderPaths()) ?? []);

        Assert.Equal("id: a\n", text);
        Assert.Equal(text, fast);
        Assert.Empty(diagnostics.ToSortedList());
    }

    [Fact]
    public void A_file_link_out_of_the_site_is_refused_with_the_full_checks_error()
    {
        Plant("input/industries/logistics/leak.yml", Path.Combine(_outside, "secret.yml"));

        AssertRefusedAlike("input/industries/logistics/leak.yml", "symbolic link to a file outside the site");
    }

    [Fact]
    public void A_file_under_a_folder_link_out_of_the_site_is_refused_though_it_is_a_regular_file()
    {
        // lstat of the file follows the folder link and sees a regular file: the folder's real path must refuse it.
        Plant("input/industries/leaked", Path.Combine(_outside, "folder"));

        AssertRefusedAlike("input/industries/leaked/inner.yml", "outside the site");
    }

    [Fact]
    public void A_folder_that_becomes_a_link_is_refused_by_the_next_load()
    {
        var folder = Path.Combine(_root, "input", "industries", "moved");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "inner.yml"), "id: inner\n");
        Assert.NotNull(Read("input/industries/moved/inner.yml", new DiagnosticBag(), new SiteFiles.FolderPaths()));

        Directory.Delete(folder, recursive: true);
        Directory.CreateSymbolicLink(folder, Path.Combine(_outside, "folder"));

        AssertRefusedAlike("input/industries/moved/inner.yml", "outside the site");
    }

    [Fact]
    public void Dangling_and_looping_links_and_a_link_to_a_folder_are_refused_alike()
    {
        Plant("input/industries/logistics/dangling.yml", Path.Combine(_root, "nowhere.yml"));
        Plant("input/industries/logistics/loop.yml", Path.Combine(_root, "input", "industries", "logistics", "loop.yml"));
        Plant("input/industries/logistics/folder.yml", Path.Combine(_root, "input", "industries"));

        AssertRefusedAlike("input/industries/logistics/dangling.yml", "leads nowhere");
        AssertRefusedAlike("input/industries/logistics/loop.yml", "loops");
        AssertRefusedAlike("input/industries/logistics/folder.yml", "folder");
    }

    [Fact]
    public async Task A_fifo_is_refused_and_never_opened()
    {
        var fifo = Path.Combine(_root, "input", "industries", "logistics", "fifo.yml");
        using (var mkfifo = Process.Start(new ProcessStartInfo("mkfifo", [fifo]) { UseShellExecute = false })!)
        {
            mkfifo.WaitForExit();
            Assert.Equal(0, mkfifo.ExitCode);
        }

        var read = Task.Run(() => AssertRefusedAlike("input/industries/logistics/fifo.yml", "not a regular file"));
        Assert.True(await Task.WhenAny(read, Task.Delay(TimeSpan.FromSeconds(30))) == read, "the read hung: it opened the FIFO");
        await read;
    }

    private void Plant(string relative, string target) => File.CreateSymbolicLink(Path.Combine(_root, relative), target);

    private string? Read(string relative, DiagnosticBag diagnostics, SiteFiles.FolderPaths? folders) =>
        SiteFiles.ReadAllBytes(_root, Path.Combine(_root, relative), relative, diagnostics, folders: folders) is { } bytes ? System.Text.Encoding.UTF8.GetString(bytes) : null;

    /// <summary>Read with and without resolved folders (twice with, so a folder resolved by the first read is reused): refused, with one and the same error.</summary>
    private void AssertRefusedAlike(string relative, string message)
    {
        var full = new DiagnosticBag();
        var fast = new DiagnosticBag();
        var again = new DiagnosticBag();
        var folders = new SiteFiles.FolderPaths();

        Assert.Null(Read(relative, full, folders: null));
        Assert.Null(Read(relative, fast, folders));
        Assert.Null(Read(relative, again, folders));

        var error = Assert.Single(full.ToSortedList());
        Assert.Equal(Codes.UnsafeFile, error.Code);
        Assert.Equal(relative, error.Location.Path);
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
        Assert.Equal(error, Assert.Single(fast.ToSortedList()));
        Assert.Equal(error, Assert.Single(again.ToSortedList()));
    }
}
