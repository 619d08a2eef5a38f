using Phrasebook.Lunr.Index;
using Phrasebook.Lunr.Tests.Corpora;
using Phrasebook.Lunr.Tests.Support;

namespace Phrasebook.Lunr.Tests.Equivalence;

/// <summary>
/// Builds every corpus in every language with lunr.js once, in a single Node process, so the
/// equivalence tests share one ~1 s start-up instead of paying it per test.
/// </summary>
public sealed class LunrOracleFixture
{
    public static readonly string[] Languages = ["no", "sv", "da", "en"];

    private static readonly IReadOnlyList<LunrField> StandardFields =
        [new("title", boost: 10), new("body"), new("codes", boost: 2), new("tags")];

    public LunrOracleFixture()
    {
        var corpora = new (string Name, IReadOnlyList<LunrField> Fields, IReadOnlyList<TestDocument> Documents)[]
        {
            ("generated", StandardFields, GeneratedCorpus.Create(1000, seed: 2024)),
            ("edge", EdgeCaseCorpus.Fields, EdgeCaseCorpus.Create()),
            ("glossary", StandardFields, GlossaryCorpus.Create()),
        };
        Jobs = [.. from corpus in corpora
                   from language in Languages
                   select new IndexJob($"{corpus.Name}/{language}", language, corpus.Fields, corpus.Documents)];
        var built = LunrNode.BuildIndexes(Jobs);
        Expected = Jobs.Select((job, i) => (job.Name, Json: built[i])).ToDictionary(x => x.Name, x => x.Json);
    }

    internal IReadOnlyList<IndexJob> Jobs { get; }

    /// <summary>lunr.js's JSON.stringify(index) per job name ("generated/no").</summary>
    public IReadOnlyDictionary<string, string> Expected { get; }
}
