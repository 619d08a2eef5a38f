namespace Phrasebook.Engine.Diagnostics;

/// <summary>A place in a source file, 1-based, as an editor shows it. Path is relative to the site root.</summary>
public readonly record struct SourceLocation(string Path, int Line = 0, int Column = 0) : IComparable<SourceLocation>
{
    public bool HasLine => Line > 0;

    public int CompareTo(SourceLocation other)
    {
        var byPath = string.CompareOrdinal(Path, other.Path);
        if (byPath != 0)
        {
            return byPath;
        }

        return Line != other.Line ? Line.CompareTo(other.Line) : Column.CompareTo(other.Column);
    }

    public SourceLocation AddLines(int lines) => this with { Line = Line + lines };

    public override string ToString() =>
        HasLine ? (Column > 0 ? $"{Path}:{Line}:{Column}" : $"{Path}:{Line}") : Path;
}
