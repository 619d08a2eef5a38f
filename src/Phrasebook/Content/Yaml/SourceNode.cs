using System.Collections.Immutable;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Content.Yaml;

/// <summary>A YAML or JSON value that remembers where it was written, so every error can name the line.</summary>
public abstract record SourceNode(SourceLocation Location)
{
    public abstract string Kind { get; }
}

/// <param name="IsPlain">Unquoted: then "null", "~" and "" mean no value.</param>
/// <param name="IsBlock">A literal or folded block (| or >): its text starts on the next line.</param>
public sealed record ScalarNode(string Value, SourceLocation Location, bool IsPlain, bool IsBlock = false) : SourceNode(Location)
{
    public override string Kind => "a text value";

    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";

    /// <summary>Where the text itself starts: the line after a block indicator.</summary>
    public SourceLocation ContentStart => IsBlock ? Location with { Line = Location.Line + 1, Column = 0 } : Location;

    /// <summary>The scalar as written in the file, to find where a character of a long value is; null when unknown.</summary>
    public ScalarSource? Source { get; init; }
}

public sealed record SequenceNode(ImmutableArray<SourceNode> Items, SourceLocation Location) : SourceNode(Location)
{
    public override string Kind => "a list";
}

public sealed record MappingNode(ImmutableArray<KeyValuePair<ScalarNode, SourceNode>> Entries, SourceLocation Location) : SourceNode(Location)
{
    public override string Kind => "a mapping (key: value)";

    public SourceNode? this[string key]
    {
        get
        {
            foreach (var (k, v) in Entries)
            {
                if (k.Value == key)
                {
                    return v;
                }
            }

            return null;
        }
    }
}
