namespace Phrasebook.Preview.Server;

/// <summary>
/// Maps a request path to a file of the built site ("nb/terms/x/index.html"), or to nothing. The site
/// is served from memory, so no request ever reaches the file system; this also refuses anything a
/// static file server would have to guard against (dot segments, encoded or not, backslashes,
/// absolute and drive paths, control characters), so such requests get the 404 page.
/// </summary>
public static class RequestPath
{
    /// <summary>
    /// The site-relative file for the request target as sent (<paramref name="rawPath"/>, still
    /// percent-encoded, without the query), or null. The raw target, not Kestrel's normalised path, is
    /// judged: Kestrel would quietly turn /%2e%2e/ into /, and leave %2F encoded.
    /// </summary>
    public static string? ToFile(string rawPath, string linkRoot)
    {
        var path = Uri.UnescapeDataString(rawPath);
        if (!path.StartsWith(linkRoot, StringComparison.Ordinal))
        {
            return null;
        }

        var relative = path[linkRoot.Length..];

        if (relative.Length > 0 && (relative[0] == '/' || relative.Contains('\\') || relative.Contains(':') || relative.Any(char.IsControl)))
        {
            return null;
        }

        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            var s = segments[i];
            if (s is "." or ".." || (s.Length == 0 && i < segments.Length - 1))
            {
                return null;
            }
        }

        return relative.Length == 0 || relative.EndsWith('/') ? relative + "index.html" : relative;
    }
}
