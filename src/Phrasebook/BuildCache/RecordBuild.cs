using System.Collections.Immutable;
using Phrasebook.Build;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Incremental;
using Phrasebook.Links;
using Phrasebook.Permalinks;
using Phrasebook.Rendering;
using Phrasebook.Site;

namespace Phrasebook.BuildCache;

/// <summary>Makes the <see cref="BuildState"/> a successful build leaves for the next one.</summary>
public static class RecordBuild
{
    /// <summary>The documents a build wrote (every pipeline but the permalink guard's, which writes permalinks.txt, not the site), each destination once.</summary>
    public static List<(string Pipeline, Document Doc)> Written(EngineResult engine) =>
        [.. engine.Outputs
            .Where(p => p.Key is not PipelineNames.Permalinks and not CachedPartialBuild.CachedFilesPipeline)
            .SelectMany(p => p.Value.Select(d => (p.Key, d)))
            .DistinctBy(p => p.d.Destination, StringComparer.Ordinal)];

    /// <summary>A cold build's state: every file of the output, stated now, and every term's facts.</summary>
    public static BuildState Cold(Made made, SiteModel model, EngineResult engine, IReadOnlyList<Diagnostic> diagnostics, int maxParallelism)
    {
        var written = Written(engine);
        var outputs = new OutputFile[written.Count];
        Parallel.For(0, written.Count, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
            outputs[i] = Stat(made.Output, written[i].Pipeline, written[i].Doc.Destination));
        var terms = new TermFacts[model.Content.Terms.Length];
        Parallel.For(0, terms.Length, new ParallelOptions { MaxDegreeOfParallelism = maxParallelism }, i =>
            terms[i] = TermFacts.Of(model.Index, model.Content.Terms[i]));
        var links = written
            .Select(p => (p.Doc.Destination, Facts: p.Doc.Get<LinkFacts>(LinkFacts.MetadataKey)))
            .Where(p => p.Facts is not null)
            .ToDictionary(p => p.Destination, p => p.Facts!, StringComparer.Ordinal);
        return State(made, model, engine, diagnostics, [.. outputs.OrderBy(o => o.Path, StringComparer.Ordinal)], [.. terms], links, [.. PagesPerLanguage(engine)], null);
    }

    /// <summary>An incremental build's state: the last one with the files it replaced stated again, and the edited terms' facts.</summary>
    /// <param name="permalinksWritten">Whether this build wrote permalinks.txt; if not, the file is the one the last build saw (it is a source: a change to it makes a cold build).</param>
    public static BuildState Incremental(Made made, BuildState last, SiteModel model, EngineResult engine, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyCollection<string> replaced, IReadOnlySet<string> editedFiles, bool permalinksWritten)
    {
        var restat = replaced.ToHashSet(StringComparer.Ordinal);
        var outputs = last.Outputs.Select(o => restat.Contains(o.Path) ? Stat(made.Output, o.Pipeline, o.Path) : o).ToImmutableArray();
        var edited = model.Content.Terms.Where(t => editedFiles.Contains(t.SourcePath)).ToDictionary(t => t.Id, t => TermFacts.Of(model.Index, t), StringComparer.Ordinal);
        var terms = last.Terms.Select(t => edited.GetValueOrDefault(t.Id) ?? t).ToImmutableArray();
        var links = new Dictionary<string, LinkFacts>(last.Links.Value, StringComparer.Ordinal);
        foreach (var (_, doc) in Written(engine))
        {
            if (doc.Get<LinkFacts>(LinkFacts.MetadataKey) is { } facts)
            {
                links[doc.Destination] = facts;
            }
        }

        // An incremental build makes the files the last one made (or it is a cold one): the same pages in each language.
        // The same files hold the same public URLs, so an unchanged permalinks.txt lists all of them exactly when it did last time
        // (making the updated file to compare was 0.2 s of every incremental build).
        return State(made, model, engine, diagnostics, outputs, terms, links, last.PagesPerLanguage, permalinksWritten ? null : last.PermalinksComplete);
    }

    private static BuildState State(Made made, SiteModel model, EngineResult engine, IReadOnlyList<Diagnostic> diagnostics, ImmutableArray<OutputFile> outputs, ImmutableArray<TermFacts> terms, IReadOnlyDictionary<string, LinkFacts> links, ImmutableArray<KeyValuePair<string, int>> pagesPerLanguage, bool? permalinksComplete)
    {
        var file = Path.Combine(made.Root, PermalinkFile.FileName);
        return new BuildState
        {
            Tool = made.Tool,
            Root = made.Root,
            Output = made.Output,
            OutputOption = made.OutputOption,
            ScannedAt = made.ScannedAt,
            Sources = made.Sources,
            GitHead = made.GitHead,
            History = [.. model.Index.History.Dates.OrderBy(d => d.Key, StringComparer.Ordinal)],
            TermCount = model.Content.Terms.Length,
            Terms = terms,
            PermalinksComplete = permalinksComplete ?? (engine.Outputs.TryGetValue(PipelineNames.Permalinks, out var permalinks)
                && GuardPermalinks.Updated(permalinks) is { } updated && File.Exists(file) && File.ReadAllText(file) == updated),
            Diagnostics = new Lazy<ImmutableArray<Diagnostic>>([.. diagnostics]),
            PagesPerLanguage = pagesPerLanguage,
            Outputs = outputs,
            Links = new Lazy<IReadOnlyDictionary<string, LinkFacts>>(links),
        };
    }

    public static ImmutableSortedDictionary<string, int> PagesPerLanguage(EngineResult engine) =>
        Written(engine)
            .Select(p => p.Doc.Get<PageModel>(PageModel.MetadataKey))
            .OfType<PageModel>()
            .GroupBy(p => p.Lang, StringComparer.Ordinal)
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public static OutputFile Stat(string output, string pipeline, string path)
    {
        var info = new FileInfo(Path.Combine(output, path));
        return info.Exists ? new OutputFile(path, pipeline, info.Length, info.LastWriteTimeUtc.Ticks) : new OutputFile(path, pipeline, -1, 0);
    }
}

/// <summary>What a build was made from and into, as <see cref="CachedBuild"/> found it before building.</summary>
public sealed record Made(string Tool, string Root, string Output, string? OutputOption, long ScannedAt, ImmutableArray<SourceFile> Sources, string? GitHead);
