using Phrasebook.Lunr;
namespace Phrasebook.Search.Files;

/// <summary>The lunr language of a site language: nb, nn and no share Norwegian; others without a stemmer use English.</summary>
public static class SearchLanguage
{
    public static LunrLanguage For(string siteLanguage)
    {
        try
        {
            return LunrLanguage.For(siteLanguage);
        }
        catch (ArgumentException)
        {
            return LunrLanguage.English;
        }
    }
}
