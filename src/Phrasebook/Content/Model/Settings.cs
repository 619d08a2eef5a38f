using System.Collections.Immutable;

namespace Phrasebook.Content.Model;

/// <summary>statiq.json. Key names follow Statiq's where Statiq has one.</summary>
public sealed record Settings
{
    public required LocalizedText SiteTitle { get; init; }

    public string Host { get; init; } = "localhost";

    public bool LinksUseHttps { get; init; } = true;

    /// <summary>Always starts and ends with '/'.</summary>
    public string LinkRoot { get; init; } = "/";

    public required ImmutableArray<string> Languages { get; init; }

    public string Theme { get; init; } = "default";

    public string OutputPath { get; init; } = "output";

    public string? EditLink { get; init; }

    public LocalizedText Contact { get; init; } = LocalizedText.Empty;

    /// <summary>Where a reader's "this word is missing" goes after a search without results, as an e-mail (else an issue derived from <see cref="EditLink"/>).</summary>
    public string? FeedbackEmail { get; init; }

    public string BrandColor { get; init; } = "#0b4f6c";

    public string? Logo { get; init; }

    /// <summary>The LIX above which a summary is reported as hard to read.</summary>
    public int LixThreshold { get; init; } = 40;

    /// <summary>
    /// Terms per role page: a role's phrasebook holds every term with its role text, which at
    /// thousands of terms is more than a browser or a reader should get in one page.
    /// </summary>
    public int RolePageSize { get; init; } = DefaultRolePageSize;

    public const int DefaultRolePageSize = 100;

    public const int MinRolePageSize = 10;

    public string DefaultLanguage => Languages[0];

    public string AbsoluteUrl(string rootRelative) =>
        $"{(LinksUseHttps ? "https" : "http")}://{Host}{rootRelative}";
}
