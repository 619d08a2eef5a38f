using System.Collections.Concurrent;
using Phrasebook.Content.Model;

namespace Phrasebook.Views;

public sealed partial class ViewFactory
{
    private readonly ConcurrentDictionary<string, View> _bodies = new(StringComparer.Ordinal);
    private readonly Lazy<IReadOnlyDictionary<string, List<View>>> _mentions;

    /// <summary>The rendered body of a process or page in this language (auto-linked unless switched off), built once.</summary>
    public View Body(MarkdownSource source, string sourceLang) =>
        _bodies.GetOrAdd(source.SourcePath, _ => PlainText(source.Body, sourceLang, block: true, autolink: source.AutoLink));

    /// <summary>The processes and pages that mention a term, for its "Mentioned in" list.</summary>
    public IReadOnlyList<View> MentionedIn(string termId) =>
        _mentions.Value.TryGetValue(termId, out var list) ? list : [];

    private Dictionary<string, List<View>> ComputeMentions()
    {
        var result = new Dictionary<string, List<View>>(StringComparer.Ordinal);
        void Add(MarkdownDocument doc, Func<string, string> url)
        {
            if (doc.Resolve(Lang, DefaultLang) is not { } r)
            {
                return;
            }

            var entry = new View { ["url"] = url(doc.Id), ["title"] = PlainText(r.Value.Title, r.Language) };
            foreach (var id in mentions.Of(doc, Lang))
            {
                (result.TryGetValue(id, out var list) ? list : result[id] = []).Add(entry);
            }
        }

        foreach (var process in Site.Content.Processes)
        {
            Add(process, id => Site.Urls.Process(Lang, id));
        }

        foreach (var page in Site.Content.Pages)
        {
            Add(page, id => id == SiteContent.IndexPageId ? Site.Urls.Home(Lang) : Site.Urls.Page(Lang, id));
        }

        return result;
    }
}
