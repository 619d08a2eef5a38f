using Phrasebook.AutoLinks;
using Phrasebook.Content;
using Phrasebook.Content.Index;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.AutoLinks;

/// <summary>The sample content plus a few terms that make the matching rules testable.</summary>
public sealed class LinkedSite : IDisposable
{
    private readonly TempSite _site = Repo.CopySample();

    public LinkedSite()
    {
        _site.Write("input/industries/logistics/autolink-extra.yml", """
            terms:
              - id: fuel
                term: {nb: Drivstoff, sv: Drivmedel, en: Fuel}
                summary: {nb: Det bilen går på., sv: Det bilen går på., en: What the lorry runs on.}
              - id: shared-a
                term: {nb: Deling A}
                customer_words: {nb: [fellesord]}
                summary: {nb: Første som bruker fellesordet.}
              - id: shared-b
                term: {nb: Deling B}
                customer_words: {nb: [fellesord]}
                summary: {nb: Andre som bruker fellesordet.}
              - id: quiet
                term: {nb: Stilleord}
                summary: {nb: Et ord som aldri lenkes.}
                autolink: false
            """);
        var diagnostics = new DiagnosticBag();
        Index = new SiteIndex(ContentLoader.Load(_site.Root, diagnostics, 2) ?? throw new InvalidOperationException(string.Join("\n", diagnostics.ToSortedList())));
    }

    public SiteIndex Index { get; }

    public TermMatcher Matcher(string lang) => new TermMatchers().For(Index, lang);

    public AutoLinker Linker(string lang) => new(Index, lang, Matcher(lang), id => $"summary of {id}");

    public void Dispose() => _site.Dispose();
}
