using System.Collections.Immutable;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Publishing;

/// <summary>The theme's assets go to /theme/, the site's input/assets/ to /assets/, byte for byte.</summary>
public sealed class CopyAssets(string root) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var theme = context.Model.Theme;
        var content = context.Model.Content;
        var docs = theme.Assets
            .Select(a => Document.FromBytes("theme/" + a.Path, a.Bytes))
            .Concat(content.Assets.Select(path => Document.FromBytes(
                path["input/".Length..],
                File.ReadAllBytes(Path.Combine(root, path)),
                path)));
        return Task.FromResult(docs.ToImmutableArray());
    }
}
