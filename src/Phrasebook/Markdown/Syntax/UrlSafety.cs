namespace Phrasebook.Markdown.Syntax;

/// <summary>Only links a reader can safely follow reach the page: relative, http(s), mailto and tel.</summary>
public static class UrlSafety
{
    public static bool IsSafe(string? url)
    {
        if (string.IsNullOrEmpty(url))
        {
            return true;
        }

        // Browsers ignore control characters and spaces inside a scheme ("java\tscript:"), so compare without them.
        var cleaned = new string([.. url.Where(c => c > ' ')]).ToLowerInvariant();
        var colon = cleaned.IndexOf(':');
        var slash = cleaned.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (slash >= 0 && slash < colon))
        {
            return true;
        }

        var scheme = cleaned[..colon];
        return scheme is "http" or "https" or "mailto" or "tel";
    }
}
