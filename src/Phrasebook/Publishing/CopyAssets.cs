using System.Collections.Immutable;
using Phrasebook.Content;
using Phrasebook.Content.Model;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Theming;

namespace Phrasebook.Publishing;

/// <summary>The theme's assets go to /theme/, the site's input/assets/ to /assets/, byte for byte.</summary>
public sealed class CopyAssets(string root) : IModule
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext context)
    {
        var theme = context.Get<Theme>();
        var content = context.Get<SiteContent>();
        var docs = theme.Assets
            .Select(a => Document.FromBytes("theme/" + a.Path, a.Bytes))
            .Concat(content.Assets.Select(path => (path, Bytes: SiteFiles.ReadAllBytes(root, Path.Combine(root, path), path, context.Diagnostics)))
                .Where(a => a.Bytes is not null)
                .Select(a => Document.FromBytes(a.path["input/".Length..], a.Bytes!, a.path)));
        return Task.FromResult(docs.ToImmutableArray());
    }
}
