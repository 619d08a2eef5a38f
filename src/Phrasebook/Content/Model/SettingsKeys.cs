namespace Phrasebook.Content.Model;

/// <summary>
/// The keys of statiq.json, named after the <see cref="Settings"/> property each one fills, so that
/// reading, scaffolding (<c>new</c>) and messages cannot drift apart.
/// </summary>
public static class SettingsKeys
{
    public const string SiteTitle = nameof(Settings.SiteTitle);
    public const string Host = nameof(Settings.Host);
    public const string LinksUseHttps = nameof(Settings.LinksUseHttps);
    public const string LinkRoot = nameof(Settings.LinkRoot);
    public const string Languages = nameof(Settings.Languages);
    public const string Theme = nameof(Settings.Theme);
    public const string OutputPath = nameof(Settings.OutputPath);
    public const string EditLink = nameof(Settings.EditLink);
    public const string Contact = nameof(Settings.Contact);
    public const string FeedbackEmail = nameof(Settings.FeedbackEmail);
    public const string BrandColor = nameof(Settings.BrandColor);
    public const string Logo = nameof(Settings.Logo);
    public const string LixThreshold = nameof(Settings.LixThreshold);
    public const string RolePageSize = nameof(Settings.RolePageSize);

    /// <summary>Every key statiq.json may hold; any other is reported.</summary>
    public static readonly string[] All =
    [
        SiteTitle, Host, LinksUseHttps, LinkRoot, Languages, Theme, OutputPath,
        EditLink, Contact, BrandColor, Logo, LixThreshold, RolePageSize, FeedbackEmail,
    ];
}
