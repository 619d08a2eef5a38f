namespace Phrasebook.Lunr.Index;

/// <summary>A document as the builder keeps it: ref, boost and its fields in field order.</summary>
internal sealed class IndexedDocument(string reference, double boost, IndexedField[] fields)
{
    public string Ref { get; } = reference;

    /// <summary>The multiplier lunr applies: <c>boost || 1</c>.</summary>
    public double Boost { get; } = boost;

    public IndexedField[] Fields { get; } = fields;

    /// <summary>Set when the ref is a JS array index, which changes its key order in postings.</summary>
    public bool IsArrayIndex { get; } = JsMath.IsArrayIndex(reference, out _);

    public uint ArrayIndex => JsMath.IsArrayIndex(Ref, out var index) ? index : 0;
}
