namespace Phrasebook.Content.Index;

/// <summary>
/// Every public URL of a site, in one place: they are a contract printed on invoices (see the content
/// model's URL table). All are root-relative and include LinkRoot.
/// </summary>
public sealed class Urls(string linkRoot)
{
    public string Root { get; } = linkRoot;

    public string Home(string lang) => $"{Root}{lang}/";

    public string Term(string lang, string id) => $"{Root}{lang}/terms/{id}/";

    public string Terms(string lang) => $"{Root}{lang}/terms/";

    public string Codes(string lang) => $"{Root}{lang}/codes/";

    public string Code(string lang, string slug) => $"{Root}{lang}/codes/{slug}/";

    public string Role(string lang, string id) => $"{Root}{lang}/roles/{id}/";

    /// <summary>A role's whole phrasebook on one page, to print.</summary>
    public string RolePrint(string lang, string id) => $"{Role(lang, id)}print/";

    /// <summary>Page <paramref name="n"/> (from 1) of a role's phrasebook: the first is the role's own URL.</summary>
    public string RolePage(string lang, string id, int n) => n == 1 ? Role(lang, id) : $"{Role(lang, id)}page/{n}/";

    public string Industry(string lang, string id) => $"{Root}{lang}/industries/{id}/";

    public string Process(string lang, string id) => $"{Root}{lang}/processes/{id}/";

    public string Page(string lang, string id) => $"{Root}{lang}/{id}/";

    public string Search(string lang) => $"{Root}{lang}/search/";

    public string Changes(string lang) => $"{Root}{lang}/changes/";

    public string ChangesFeed(string lang) => $"{Root}{lang}/changes/feed.xml";

    public string Invoice(string lang) => $"{Root}{lang}/invoice/";

    public string ShortLink(string slug) => $"{Root}c/{slug}/";

    public string Asset(string path) => $"{Root}{path}";

    public string Theme(string path) => $"{Root}theme/{path}";

    /// <summary>The output file for a root-relative URL ("/nb/terms/x/" → "nb/terms/x/index.html").</summary>
    public string FileOf(string url)
    {
        var path = url[Root.Length..];
        return path.Length == 0 || path.EndsWith('/') ? path + "index.html" : path;
    }
}
