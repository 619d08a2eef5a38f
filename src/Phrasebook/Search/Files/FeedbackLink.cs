using Phrasebook.Content.Model;

namespace Phrasebook.Search.Files;

/// <summary>
/// Where search sends a reader who did not find a word ("tell the editors"): a prefilled e-mail to
/// <see cref="Settings.FeedbackEmail"/>, else a prefilled new issue in the repository that
/// <see cref="Settings.EditLink"/> edits files in (GitHub, GitLab, Gitea and Forgejo address shapes),
/// else nothing. The address holds {subject} and {body}, which search.js fills, URL-encoded, with the
/// query, the language and the page.
/// </summary>
public static class FeedbackLink
{
    // GitLab's "/-/" comes first: its edit address also holds "/edit/".
    private static readonly (string Marker, string Issue)[] Repositories =
    [
        ("/-/", "/-/issues/new?issue[title]={subject}&issue[description]={body}"),
        ("/edit/", "/issues/new?title={subject}&body={body}"),
        ("/blob/", "/issues/new?title={subject}&body={body}"),
        ("/_edit/", "/issues/new?title={subject}&body={body}"),
        ("/src/branch/", "/issues/new?title={subject}&body={body}"),
    ];

    public static string? Template(Settings settings)
    {
        if (settings.FeedbackEmail is { } email)
        {
            return $"mailto:{email}?subject={{subject}}&body={{body}}";
        }

        return settings.EditLink is { } edit ? FromEditLink(edit) : null;
    }

    /// <summary>The new-issue address of the repository an edit link points into; null for an address of another shape.</summary>
    public static string? FromEditLink(string editLink)
    {
        if (!Uri.TryCreate(editLink.Replace("{path}", "x", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            || uri.Scheme is not ("https" or "http"))
        {
            return null;
        }

        var path = uri.AbsolutePath;
        foreach (var (marker, issue) in Repositories)
        {
            var at = path.IndexOf(marker, StringComparison.Ordinal);
            // The repository is at least /owner/name.
            if (at > 0 && path[1..at].Contains('/', StringComparison.Ordinal))
            {
                return uri.GetLeftPart(UriPartial.Authority) + path[..at] + issue;
            }
        }

        return null;
    }
}
