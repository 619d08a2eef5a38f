using Phrasebook.Content.Model;
using Phrasebook.Site;

namespace Phrasebook.Changes;

/// <summary>The change log of a model, made once, when the first change page or feed needs it.</summary>
public static class ChangeLogFacts
{
    private static readonly ModelFact<IReadOnlyList<ChangeEntry>> Log = new(model => ChangeLog.Of(model.Index));

    extension(SiteModel model)
    {
        /// <summary>Every term's changes, newest first.</summary>
        public IReadOnlyList<ChangeEntry> ChangeLog => model.Fact(Log);
    }
}
