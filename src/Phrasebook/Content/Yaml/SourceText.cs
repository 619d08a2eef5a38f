using System.Text;
using Phrasebook.Diagnostics;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Yaml;

/// <summary>Reads a content file as strict UTF-8 text; binary and mis-encoded files become diagnostics.</summary>
public static class SourceText
{
    private static readonly UTF8Encoding Strict = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Largest content file accepted; a glossary entry is a few kB, so this only stops accidents.</summary>
    public const int MaxBytes = 4 * 1024 * 1024;

    public static string? Read(string fullPath, string relativePath, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(fullPath);
            if (info.Length > MaxBytes)
            {
                diagnostics.Error(Codes.UnreadableFile, new SourceLocation(relativePath), $"The file is {info.Length / 1024 / 1024} MiB; content files may be at most {MaxBytes / 1024 / 1024} MiB.", "split it into several files");
                return null;
            }

            bytes = File.ReadAllBytes(fullPath);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            diagnostics.Error(Codes.UnreadableFile, new SourceLocation(relativePath), $"The file cannot be read: {e.Message}", "check that the file exists and is readable");
            return null;
        }

        return Decode(bytes, relativePath, diagnostics);
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
