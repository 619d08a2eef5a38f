using System.Security.Cryptography;

namespace Phrasebook.Tests.Build;

internal static class OutputTree
{
    /// <summary>Every file's relative path and SHA-256, for byte-identical comparisons.</summary>
    public static SortedDictionary<string, string> Hashes(string folder) =>
        new(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f).Replace('\\', '/'),
            f => Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))), StringComparer.Ordinal);
}
