using System.Text;
using Phrasebook.Content.Files;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Yaml;

/// <summary>Reads a content file as strict UTF-8 text; binary and mis-encoded files become diagnostics.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Largest content file accepted; a glossary entry is a few kB, so this only stops accidents.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    /// <param name="folders">Real paths of folders already resolved in this read of the content (see <see cref="SiteFiles.FolderPaths"/>).</param>
    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics, SiteFiles.FolderPaths? folders = null)
    {
        var bytes = SiteFiles.ReadAllBytes(RootOf(fullPath, relativePath), fullPath, relativePath, diagnostics, MaxBytes, folders);
        return bytes is null ? null : Decode(bytes, relativePath, diagnostics);
    }

    /// <summary>The site's folder: the full path without the relative path it is named by in diagnostics.</summary>
    private static string RootOf(string fullPath, string relativePath)
    {
        var full = Path.GetFullPath(fullPath);
        var rel = relativePath.Replace('/', Path.DirectorySeparatorChar);
        return full.EndsWith(Path.DirectorySeparatorChar + rel, StringComparison.Ordinal) ? full[..^(rel.Length + 1)] : Path.GetDirectoryName(full)!;
    }

    public static string? Decode(ReadOnlySpan<byte> bytes, string relativePath, DiagnosticBag diagnostics)
    {
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            diagnostics.Error(Codes.UnreadableFile, At(bytes, nul, relativePath), "The file is binary (it contains a NUL byte), not text.", "content files must be UTF-8 text; move images to input/assets/");
            return null;
        }

        if (bytes.StartsWith("\uFEFF"u8))
        {
            bytes = bytes[3..];
        }

        try
        {
            return Strict.GetString(bytes).Replace("\r\n", "\n", StringComparison.Ordinal);
        }
        catch (DecoderFallbackException e)
        {
            var offset = Math.Max(0, e.Index);
            diagnostics.Error(Codes.UnreadableFile, At(bytes, offset, relativePath), "The file is not valid UTF-8 text.", "save the file as UTF-8 in your editor");
            return null;
        }
    }

    private static SourceLocation At(ReadOnlySpan<byte> bytes, int offset, string path)
    {
        var before = bytes[..Math.Min(offset, bytes.Length)];
        var line = before.Count((byte)'\n') + 1;
        var column = offset - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return new SourceLocation(path, line, column);
    }
}
