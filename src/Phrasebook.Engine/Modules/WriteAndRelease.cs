using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;

namespace Phrasebook.Engine.Modules;

/// <summary>
/// Writes a document as soon as it is made and keeps only its destination and metadata, so a
/// build of tens of thousands of pages holds a few pages in memory, not the whole site. Writing
/// before every page is checked is safe because the output folder is a staging folder that is
/// swapped in only when the build has no error. With no output folder (a check, or the preview, which
/// serves pages from memory) documents keep their content.
/// </summary>
public sealed class WriteAndRelease<TModel> : ParallelModule<TModel>
{
    protected internal override IEnumerable<Document> Execute(Document input, PipelineContext<TModel> context)
    {
        if (input.IsReleased || context.KeepsDocuments)
        {
            return [input];
        }

        context.OutputFolder?.Write(input);
        input.ReturnRented();
        return [input.Release()];
    }
}
