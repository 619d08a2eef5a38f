using System.Text.Json;
using Phrasebook.Content.Index;
using Phrasebook.Search;
using Phrasebook.Search.Files;
using Phrasebook.Tests.Build;

namespace Phrasebook.Tests.Search;

/// <summary>
/// The sample's words indexes, with the process and page documents beside the terms, are what
/// lunr.js 2.3.9 builds from the same documents, byte for byte (tests/lunr-node/build-index.js).
/// </summary>
public sealed class SampleIndexLunrTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    [Fact]
    public void The_words_index_of_every_language_is_lunrs()
    {
        var content = Phrasebook.Content.ContentLoader.Load(Repo.Root, new Phrasebook.Engine.Diagnostics.DiagnosticBag(), 2)!;
        var site = new SiteIndex(content);
        var langs = content.Settings.Languages;
        var jobs = new List<object>();
        foreach (var lang in langs)
        {
            var entries = SearchEntries.For(site, lang).ToList();
            Assert.Contains(entries, e => e.Kind == SearchEntryKind.Process);
            Assert.Contains(entries, e => e.Kind == SearchEntryKind.Page);
            jobs.Add(new
            {
                lang = SearchLanguage.For(lang).Code,
                @ref = "ref",
                fields = SearchFields.Names.Select(f => new { name = f.Name, boost = f.Boost }),
                docs = BuildSearchIndex.Documents(lang, entries).Select(d =>
                {
                    var doc = d.Values.ToDictionary(v => v.Key, v => v.Value.Text);
                    doc["ref"] = d.Ref;
                    return new { doc };
                }),
            });
        }

        var lunr = NodeScripts.Run(Path.Combine(Repo.Root, "tests", "lunr-node"), "lunr", "build-index.js", JsonSerializer.Serialize(jobs)).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < langs.Length; i++)
        {
            var built = File.ReadAllText(Path.Combine(sample.Output, SearchFiles.IndexPath(langs[i])));
            Assert.True(built == lunr[i], $"search/{langs[i]}/index.json differs from lunr.js's");
        }
    }
}
