using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Publishing;

/// <summary>Makes the bytes of each planned <see cref="DataFile"/> that reaches it; other documents pass.</summary>
public sealed class MakeDataFiles : ParallelModule<SiteModel>
{
    protected override IEnumerable<Document> Execute(Document input, PipelineContext<SiteModel> context)
    {
        if (input.Get<DataFile>(DataFile.MetadataKey) is not { } file)
        {
            return [input];
        }

        if (context.KeepsNothing)
        {
            // A check: nothing keeps the file, and a data file has no links to check.
            return [input.Release()];
        }

        return [input.WithBytes(file.Make())];
    }
}
