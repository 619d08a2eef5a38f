namespace Phrasebook.Lunr.Text;

/// <summary>
/// lunr.trimmer of lunr 2.3.9: strips <c>\W</c> from both ends, so only ASCII letters,
/// digits and '_' survive at the edges ("æble" becomes "ble", as in the browser).
/// </summary>
internal static class EnglishTrimmer
{
    public static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c == '_';

    public static string Trim(string token) => NordicTrimmer.TrimEnds(token, IsWordCharacter);
}
