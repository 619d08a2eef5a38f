namespace Phrasebook.Lunr.Index;

/// <summary>One field of one document after the pipeline: its term counts and token count.</summary>
internal sealed class IndexedField(TermCount[] terms, int length)
{
    /// <summary>Terms in order of first appearance in this field.</summary>
    public TermCount[] Terms { get; } = terms;

    /// <summary>Tokens left after the pipeline (stop words gone, emptied tokens kept).</summary>
    public int Length { get; } = length;
}
