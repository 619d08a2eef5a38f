namespace Phrasebook.InvoiceCodes;

/// <summary>
/// Rules for _headers (Netlify, Cloudflare Pages): codes.json and codes.csv may be read from any origin, so
/// a customer portal or e-invoice viewer can show the explanations with theme/embed.js (docs/embed.md).
/// The data is public and read without cookies, so any origin is safe. Written by the site's _headers.
/// </summary>
public static class CrossOriginHeaders
{
    public static string Rules(string root) =>
        "# Invoice-code data readable from other sites (docs/embed.md).\n"
        + $"{root}codes.json\n  Access-Control-Allow-Origin: *\n"
        + $"{root}codes.csv\n  Access-Control-Allow-Origin: *\n";
}
