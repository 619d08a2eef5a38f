namespace Phrasebook.Lunr.Text;

/// <summary>
/// Lowercase mappings Unicode 16 added, which browsers (and Node 20's ICU) apply but .NET
/// 10's casing tables do not have yet. Found by the exhaustive JsLowercaseTests.
/// </summary>
internal static class Unicode16Lowercase
{
    public static bool TryMap(int codePoint, out int lower)
    {
        lower = codePoint switch
        {
            0x1C89 => 0x1C8A,
            0xA7CB => 0x0264,
            0xA7CC or 0xA7CE or 0xA7D2 or 0xA7D4 or 0xA7DA => codePoint + 1,
            0xA7DC => 0x019B,
            >= 0x10D50 and <= 0x10D65 => codePoint + 0x20, // Garay
            >= 0x16EA0 and <= 0x16EB8 => codePoint + 0x1B, // Beria Erfe
            _ => -1,
        };
        return lower >= 0;
    }
}
