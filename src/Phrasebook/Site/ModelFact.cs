namespace Phrasebook.Site;

/// <summary>
/// Something a feature derives from a <see cref="SiteModel"/> (the change log, the invoice code entries,
/// the mentions), made on first use and then kept by that model, as Markdig's syntax nodes keep an
/// extension's data under the extension's own key. The model knows no feature: each feature owns its key
/// and reads its fact through a typed property of its own (see <c>ChangesFacts</c>), so nothing is looked
/// up by type and nothing can be missing.
/// </summary>
/// <param name="make">Makes the fact from the model; called at most once per model.</param>
public sealed class ModelFact<T>(Func<SiteModel, T> make)
    where T : class
{
    internal T Make(SiteModel model) => make(model);
}
