using Phrasebook.BuildCache;
using Phrasebook.Views;

namespace Phrasebook.Tests.BuildCache;

/// <summary>
/// texts.bin: the role texts a build made, found again by the next build only while nothing they were made from
/// changed; a file of another build, or damaged, is not used.
/// </summary>
public sealed class RoleTextFileTests : IDisposable
{
    private readonly string _cache = Directory.CreateTempSubdirectory("phrasebook-texts-").FullName;

    private static RoleTextKey Key(string term, string markdown = "Check the **VAT**.", string role = "finance") =>
        new("en", role, term, RoleTextKey.SourceOf(markdown, "en"));

    /// <summary>A file stamped 1 holding a text of "fuel" linking "freight", and one of "freight" linking nothing.</summary>
    private void Recorded()
    {
        using var file = RoleTextFile.Record(_cache, 1);
        file.Add(Key("fuel"), "<p>Fuel <a href=\"/en/terms/freight/\">freight</a></p>", ["freight"]);
        file.Add(Key("freight"), "<p>Check the <strong>VAT</strong>.</p>", []);
        file.Save();
    }

    [Fact]
    public void A_text_is_found_by_the_next_build_for_the_same_markdown_only()
    {
        Recorded();
        using var file = RoleTextFile.Read(_cache, 1, new HashSet<string>(), null);

        Assert.Equal("<p>Check the <strong>VAT</strong>.</p>", file.Find(Key("freight")));
        Assert.Null(file.Find(Key("freight", "Check the VAT rate.")));
        Assert.Null(file.Find(Key("freight", role: "purchaser")));
        Assert.Null(file.Find(Key("toll")));
    }

    [Fact]
    public void A_text_linking_an_edited_term_is_not_found()
    {
        // The link's tooltip is the linked term's summary, which the edit may have changed.
        Recorded();
        using var file = RoleTextFile.Read(_cache, 1, new HashSet<string> { "freight" }, null);

        Assert.Null(file.Find(Key("fuel")));
        Assert.NotNull(file.Find(Key("freight")));
    }

    [Fact]
    public void A_file_of_another_build_is_not_read()
    {
        Recorded();
        using var file = RoleTextFile.Read(_cache, 2, new HashSet<string>(), null);

        Assert.Equal(0, file.Found);
        Assert.Null(file.Find(Key("freight")));
    }

    [Fact]
    public void A_damaged_index_gives_no_text()
    {
        Recorded();
        Damage(File.ReadAllBytes(RoleTextFile.PathIn(_cache)).Length - 30); // the footer is 24 bytes, the index before it

        using var file = RoleTextFile.Read(_cache, 1, new HashSet<string>(), null);

        Assert.Equal(0, file.Found);
        Assert.Null(file.Find(Key("freight")));
    }

    [Fact]
    public void A_damaged_text_is_not_found_and_the_others_are()
    {
        Recorded();
        Damage(20 + 3); // after the 20-byte header, the first text made: fuel's

        using var file = RoleTextFile.Read(_cache, 1, new HashSet<string>(), null);

        Assert.Equal(2, file.Found);
        Assert.Null(file.Find(Key("fuel")));
        Assert.Equal("<p>Check the <strong>VAT</strong>.</p>", file.Find(Key("freight")));
    }

    private void Damage(int at)
    {
        var path = RoleTextFile.PathIn(_cache);
        var bytes = File.ReadAllBytes(path);
        bytes[at] ^= 0x55;
        File.WriteAllBytes(path, bytes);
    }

    [Fact]
    public void An_incremental_build_carries_over_the_texts_it_did_not_make_again()
    {
        Recorded();
        using (var build = RoleTextFile.Read(_cache, 1, new HashSet<string> { "freight" }, 2))
        {
            build.Add(Key("freight", "Check the VAT rate."), "<p>Check the VAT rate.</p>", []);
            build.Add(Key("toll"), "<p>Tolls.</p>", []);
            build.Save();
        }

        using var file = RoleTextFile.Read(_cache, 2, new HashSet<string>(), null);
        Assert.Equal("<p>Check the VAT rate.</p>", file.Find(Key("freight", "Check the VAT rate.")));
        Assert.Equal("<p>Tolls.</p>", file.Find(Key("toll")));
        Assert.Null(file.Find(Key("fuel"))); // dropped as it linked the edited term, and not made again
        Assert.Equal(2, file.Found);
    }

    [Fact]
    public void Texts_carried_over_keep_their_bytes_whatever_their_length()
    {
        // Carried over in runs of neighbours read at once, up to a megabyte; a longer text on its own.
        var big = "<p>" + new string('å', 700_000) + "</p>";
        using (var file = RoleTextFile.Record(_cache, 1))
        {
            file.Add(Key("a"), "<p>A</p>", []);
            file.Add(Key("big"), big, []);
            file.Add(Key("c"), "<p>C</p>", ["toll"]);
            file.Add(Key("d"), "<p>D</p>", []);
            file.Save();
        }

        using (var build = RoleTextFile.Read(_cache, 1, new HashSet<string> { "toll" }, 2))
        {
            build.Save();
        }

        using var again = RoleTextFile.Read(_cache, 2, new HashSet<string>(), null);
        Assert.Equal(3, again.Found);
        Assert.Equal("<p>A</p>", again.Find(Key("a")));
        Assert.Equal(big, again.Find(Key("big")));
        Assert.Equal("<p>D</p>", again.Find(Key("d")));
    }

    [Fact]
    public void A_build_that_does_not_succeed_leaves_the_last_file_and_nothing_else()
    {
        Recorded();
        var before = File.ReadAllBytes(RoleTextFile.PathIn(_cache));
        using (var build = RoleTextFile.Read(_cache, 1, new HashSet<string>(), 2))
        {
            build.Add(Key("toll"), "<p>Tolls.</p>", []);
        }

        Assert.Equal(before, File.ReadAllBytes(RoleTextFile.PathIn(_cache)));
        Assert.Equal([RoleTextFile.FileName], Directory.GetFiles(_cache).Select(Path.GetFileName));
    }

    public void Dispose() => Directory.Delete(_cache, recursive: true);
}
