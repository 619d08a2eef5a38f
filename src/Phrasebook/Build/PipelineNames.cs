namespace Phrasebook.Build;

/// <summary>The names of the site's pipelines (<see cref="SitePipelines"/>): dependencies, timings and the preview refer to them.</summary>
public static class PipelineNames
{
    public const string Terms = "Terms";
    public const string Codes = "Codes";
    public const string Roles = "Roles";
    public const string Industries = "Industries";
    public const string Processes = "Processes";
    public const string Changes = "Changes";
    public const string Pages = "Pages";
    public const string Assets = "Assets";
    public const string CodeData = "CodeData";
    public const string Search = "Search";
    public const string Links = "Links";

    /// <summary>Checks permalinks.txt; its one document is the file with new URLs added (never written to the output).</summary>
    public const string Permalinks = "Permalinks";
    public const string Sitemap = "Sitemap";
}
