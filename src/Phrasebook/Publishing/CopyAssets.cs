using System.Collections.Immutable;
using Phrasebook.Content.Files;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;
using Phrasebook.Engine.Documents;
using Phrasebook.Engine.Pipelines;
using Phrasebook.Site;

namespace Phrasebook.Publishing;

/// <summary>
/// The theme's assets go to /theme/, the site's input/assets/ to /assets/, byte for byte. An asset of
/// the content that a browser would run on the site's origin (<see cref="AssetSafety"/>) is refused.
/// </summary>
public sealed class CopyAssets(string root) : IModule<SiteModel>
{
    public Task<ImmutableArray<Document>> ExecuteAsync(ImmutableArray<Document> inputs, PipelineContext<SiteModel> context)
    {
        var theme = context.Model.Theme;
        var content = context.Model.Content;
        var docs = theme.Assets
            .Select(a => Document.FromBytes("theme/" + a.Path, a.Bytes))
            .Concat(content.Assets.Select(path => (path, Bytes: SiteFiles.ReadAllBytes(root, Path.Combine(root, path), path, context.Diagnostics)))
                .Where(a => a.Bytes is not null && IsSafe(a.path, a.Bytes, context))
                .Select(a => Document.FromBytes(a.path["input/".Length..], a.Bytes!, a.path)));
        return Task.FromResult(docs.ToImmutableArray());
    }

    private static bool IsSafe(string path, byte[] bytes, PipelineContext<SiteModel> context)
    {
        if (AssetSafety.Problem(path, bytes) is not { } problem)
        {
            return true;
        }

        context.Diagnostics.Error(Codes.ActiveAsset, new SourceLocation(path, problem.Line, problem.Column), $"This asset is not published: {problem.Why}.", "assets are images and documents: remove the script or reference (save the SVG as plain drawing, e.g. with Inkscape's 'Optimized SVG'), or link to the file elsewhere");
        return false;
    }
}
