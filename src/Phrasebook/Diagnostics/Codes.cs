namespace Phrasebook.Diagnostics;

/// <summary>
/// Stable diagnostic codes; editors search the docs by them (docs/errors.md), so never renumber.
/// PB0xx are errors in content, PB1xx warnings, PB2xx settings and theme, PB3xx the preview server.
/// </summary>
public static class Codes
{
    public const string YamlSyntax = "PB001";
    public const string UnknownKey = "PB002";
    public const string MissingField = "PB003";
    public const string InvalidId = "PB004";
    public const string DuplicateId = "PB005";
    public const string UnknownReference = "PB006";
    public const string DuplicateCode = "PB007";
    public const string SlugCollision = "PB008";
    public const string UnknownLanguage = "PB009";
    public const string InvalidDate = "PB010";
    public const string InvalidPattern = "PB011";
    public const string DeprecatedWithoutReplacement = "PB012";
    public const string WrongType = "PB013";
    public const string UnreadableFile = "PB014";
    public const string PatternMatchesOtherCode = "PB015";
    public const string InvalidReplacement = "PB016";
    public const string DuplicateKey = "PB017";
    public const string AnchorsNotSupported = "PB018";
    public const string UnknownLinkTarget = "PB019";
    public const string EmptySlug = "PB020";
    public const string InvalidValue = "PB021";
    public const string MissingInput = "PB022";
    public const string BrokenLink = "PB023";
    public const string RedirectCollision = "PB024";
    public const string DuplicateRedirect = "PB025";
    public const string RetiredCodeInUse = "PB026";
    public const string DuplicateRetiredCode = "PB027";
    public const string InvalidPermalink = "PB028";
    public const string PermalinkLost = "PB029";
    public const string UnsafeFile = "PB030";
    public const string PatternTimedOut = "PB031";
    public const string ActiveAsset = "PB032";
    public const string MarkdownTooComplex = "PB050";
    public const string ControlCharacter = "PB051";
    public const string ReservedPageId = "PB052";
    public const string NameTooLong = "PB053";
    public const string UnreadableName = "PB054";

    public const string MissingTranslation = "PB101";
    public const string MissingRoleText = "PB102";
    public const string AmbiguousCustomerWord = "PB103";
    public const string IgnoredFile = "PB104";
    public const string HardToRead = "PB105";
    public const string RedirectNeverPublished = "PB106";
    public const string RetiredCodeNeverPublished = "PB107";

    public const string InvalidSettings = "PB201";
    public const string ThemeError = "PB202";
    public const string TemplateError = "PB203";
    public const string UnsafeOutput = "PB204";

    public const string TemplateStopped = "PB302";

    public const string PreviewRebuildFailed = "PB301";
}
