using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using Phrasebook.Html;

namespace Phrasebook.Theming;

/// <summary>
/// The site's Content-Security-Policy: scripts only from the site itself and the theme's own inline
/// scripts, by the SHA-256 of their text (computed from the templates when the theme loads), so an
/// injected script never runs. Pages carry it in a &lt;meta&gt;; <c>_headers</c> sends it, with
/// what a meta cannot say, for hosts that read that file (docs/security.md).
/// </summary>
public static partial class ContentSecurityPolicy
{
    /// <summary>For files under /assets/ (content from pull requests): nothing in them runs, even when opened on their own.</summary>
    public const string ForAssets = "default-src 'none'; img-src 'self' data:; style-src 'unsafe-inline'; sandbox";

    /// <summary>The policy for the site's pages.</summary>
    public static string ForPages(IEnumerable<string> scriptHashes) =>
        "default-src 'self'; script-src 'self'" + string.Concat(scriptHashes.Select(h => $" 'sha256-{h}'"))
        + "; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'";

    /// <summary>
    /// The hashes of a template's inline scripts, as the page will hold them (after <see cref="TidyHtmlWriter"/>),
    /// and the inline scripts that are not static text (their hash could not be known before a page is rendered).
    /// </summary>
    public static (ImmutableArray<string> Hashes, ImmutableArray<int> DynamicAt) InlineScripts(string template)
    {
        var hashes = ImmutableArray.CreateBuilder<string>();
        var dynamic = ImmutableArray.CreateBuilder<int>();
        foreach (Match m in Script().Matches(template))
        {
            var attributes = m.Groups[1].Value;
            if (SrcAttribute().IsMatch(attributes) || (TypeAttribute().Match(attributes) is { Success: true } type && !IsJavaScript(type.Groups[1].Value)))
            {
                continue;
            }

            var body = m.Groups[2].Value;
            if (body.Contains("{{", StringComparison.Ordinal) || body.Contains("{%", StringComparison.Ordinal))
            {
                dynamic.Add(template.AsSpan(0, m.Index).Count('\n') + 1);
                continue;
            }

            // The page holds the script as the tidy writer leaves it: the same lines dropped, the same spaces trimmed.
            var tidied = TidyHtmlWriter.Apply("<script>" + body + "</script>");
            var inPage = tidied["<script>".Length..tidied.LastIndexOf("</script>", StringComparison.Ordinal)];
            hashes.Add(Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(inPage))));
        }

        return (hashes.ToImmutable(), dynamic.ToImmutable());
    }

    private static bool IsJavaScript(string type) =>
        type.Trim().ToLowerInvariant() is "" or "text/javascript" or "application/javascript" or "module";

    [GeneratedRegex(@"<script\b([^>]*)>(.*?)</script\s*>", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex Script();

    [GeneratedRegex(@"\bsrc\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex SrcAttribute();

    [GeneratedRegex(@"\btype\s*=\s*[""']?([^""'\s>]*)", RegexOptions.IgnoreCase)]
    private static partial Regex TypeAttribute();
}
