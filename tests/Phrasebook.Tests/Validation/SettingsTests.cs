using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>statiq.json and the site layout: what must be there before any content is read.</summary>
public class SettingsTests
{
    private const string File = "statiq.json";

    [Fact]
    public void Invalid_json_is_reported_at_line_and_column()
    {
        using var site = new SiteFixture();
        site.Write(File, """
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"]
              "Theme": "default"
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 4, 3, message: "statiq.json is not valid JSON", hint: "missing comma");
    }

    [Fact]
    public void Trailing_comma_is_invalid_json()
    {
        using var site = new SiteFixture();
        site.Write(File, "{\n  \"SiteTitle\": {\"nb\": \"Ordbok\"},\n  \"Languages\": [\"nb\"],\n}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 4, 1, message: "not valid JSON");
    }

    [Fact]
    public void Unknown_key_suggests_the_closest()
    {
        using var site = new SiteFixture();
        site.Write(File, """
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"],
              "Theem": "default"
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.UnknownKey, File, 4, 3, message: "Unknown key 'Theem' in statiq.json", hint: "did you mean 'Theme'?");
    }

    [Theory]
    [InlineData("#12345")]
    [InlineData("blue")]
    [InlineData("#12345g")]
    public void Bad_brand_color_is_an_error(string color)
    {
        using var site = new SiteFixture();
        site.Write(File, $$"""
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"],
              "BrandColor": "{{color}}"
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 4, 17, message: $"'{color}' is not a valid BrandColor", hint: "hex colour");
    }

    [Theory]
    [InlineData("editors")]
    [InlineData("editors@example")]
    [InlineData("a b@example.com")]
    [InlineData("editors@example.com?cc=x@example.com")]
    public void Bad_feedback_email_is_an_error(string email)
    {
        using var site = new SiteFixture();
        site.Write(File, $$"""
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"],
              "FeedbackEmail": "{{email}}"
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 4, 20, message: $"'{email}' is not a valid FeedbackEmail", hint: "e-mail address");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("9")]
    [InlineData("-20")]
    public void A_role_page_size_below_ten_is_an_error(string size)
    {
        using var site = new SiteFixture();
        site.Write(File, $$"""
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"],
              "RolePageSize": {{size}}
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 4, 19, message: $"RolePageSize must be at least 10, not {size}", hint: "leave it out for the default");
    }

    [Fact]
    public void A_role_page_size_that_is_no_whole_number_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(File, """
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": ["nb", "sv", "en"],
              "RolePageSize": "twenty"
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.WrongType, File, 4, 19, message: "'RolePageSize' must be a whole number, not 'twenty'");
    }

    [Fact]
    public void Empty_languages_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(File, """
            {
              "SiteTitle": {"nb": "Ordbok"},
              "Languages": []
            }
            """);

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 3, 16, message: "Languages must list at least one language");
    }

    [Fact]
    public void Missing_languages_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(File, "{\n  \"SiteTitle\": {\"nb\": \"Ordbok\"}\n}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 1, 1, message: "Languages must list at least one language");
    }

    [Fact]
    public void Language_listed_twice_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(File, "{\n  \"SiteTitle\": {\"nb\": \"Ordbok\"},\n  \"Languages\": [\"nb\", \"sv\", \"nb\"]\n}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 3, 29, message: "'nb' is listed twice");
    }

    [Theory]
    [InlineData("NB")]
    [InlineData("norsk")]
    [InlineData("")]
    public void Language_that_is_not_a_lower_case_code_is_an_error(string language)
    {
        using var site = new SiteFixture();
        site.Write(File, $"{{\n  \"SiteTitle\": {{\"nb\": \"Ordbok\"}},\n  \"Languages\": [\"nb\", \"{language}\"]\n}}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 3, 23, message: "A language must be a lower-case code");
    }

    [Fact]
    public void Site_title_without_default_language_is_an_error()
    {
        using var site = new SiteFixture();
        site.Write(File, "{\n  \"SiteTitle\": {\"sv\": \"Ordlista\"},\n  \"Languages\": [\"nb\", \"sv\"]\n}\n");

        DiagnosticAssert.One(site.Load(), Codes.InvalidSettings, File, 2, 16, message: "SiteTitle has no text in the default language (nb)");
    }

    [Fact]
    public void Missing_settings_file_is_an_error()
    {
        using var site = new SiteFixture();
        site.Delete(File);

        DiagnosticAssert.One(site.Load(), Codes.MissingInput, File, 0, message: "There is no statiq.json");
    }

    [Fact]
    public void Missing_input_folder_is_an_error()
    {
        using var site = new SiteFixture();
        site.Delete("input");

        var diagnostics = site.Load();

        DiagnosticAssert.One(diagnostics, Codes.MissingInput, "input", 0, message: "There is no input/ folder", hint: "create input/");
        Assert.Single(diagnostics);
    }

    [Fact]
    public void Missing_roles_file_is_an_error()
    {
        using var site = new SiteFixture();
        site.Delete("input/roles.yml");

        var diagnostics = site.Load();

        DiagnosticAssert.At(diagnostics, Codes.MissingInput, "input/roles.yml", 0, message: "There is no input/roles.yml");
    }

    [Fact]
    public async Task Missing_theme_fails_the_build()
    {
        using var site = new SiteFixture();
        site.Write(File, SiteFixture.Settings.Replace("\"default\"", "\"fancy\"", StringComparison.Ordinal));

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        DiagnosticAssert.One(result.Diagnostics, Codes.ThemeError, File, 0, message: "The theme 'fancy' does not exist");
    }
}
