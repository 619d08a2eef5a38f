using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Preview;

public sealed class TermFileCacheTests
{
    [Fact]
    public void Only_changed_term_files_are_read_again_and_their_diagnostics_are_kept()
    {
        using var site = Repo.CopySample("phrasebook-cache-");
        const string term = "input/industries/logistics/fuel-surcharge.yml";
        var cache = new TermFileCache();
        var first = new DiagnosticBag();
        var content = ContentLoader.Load(site.Root, first, 2, cache);
        Assert.NotNull(content);
        Assert.Equal(Directory.GetFiles(site.PathOf("input/industries"), "*.yml", SearchOption.AllDirectories).Count(f => Path.GetFileName(f) != "industry.yml"), cache.Misses);

        var second = new DiagnosticBag();
        var again = ContentLoader.Load(site.Root, second, 2, cache);
        Assert.Equal(0, cache.Misses);
        Assert.Same(content.Terms.First(t => t.Id == "fuel-surcharge"), again!.Terms.First(t => t.Id == "fuel-surcharge"));
        Assert.Equal(first.ToSortedList(), second.ToSortedList());

        // Touched but not changed: read for its hash, not parsed again.
        File.SetLastWriteTimeUtc(site.PathOf(term), DateTime.UtcNow.AddMinutes(1));
        ContentLoader.Load(site.Root, new DiagnosticBag(), 2, cache);
        Assert.Equal(0, cache.Misses);

        site.Write(term, site.Read(term).Replace("abbreviation: BAF", "abbreviation: BAF\nsumary: x", StringComparison.Ordinal));
        var broken = new DiagnosticBag();
        Assert.Null(ContentLoader.Load(site.Root, broken, 2, cache));
        Assert.Equal(1, cache.Misses);
        var error = Assert.Single(broken.ToSortedList(), d => d.IsError);
        Assert.Equal(term, error.Location.Path);
        Assert.Equal("PB002", error.Code);

        // The error is replayed from the cache as long as the file stays broken.
        var still = new DiagnosticBag();
        Assert.Null(ContentLoader.Load(site.Root, still, 2, cache));
        Assert.Equal(0, cache.Misses);
        Assert.Equal(error, Assert.Single(still.ToSortedList(), d => d.IsError));
    }
}
