namespace Phrasebook.Incremental;

/// <summary>Which built page links to which (internal links, as files: "nb/terms/x/index.html"): the preview's <see cref="LinkMap"/>, or the build cache's record of the last build.</summary>
public interface IPageLinks
{
    /// <summary>Pages that link to any of <paramref name="files"/>.</summary>
    IEnumerable<string> LinkingToAny(IReadOnlySet<string> files);

    /// <summary>Files <paramref name="page"/> links to.</summary>
    IEnumerable<string> LinkedFrom(string page);
}
