namespace Phrasebook.Lunr.Index;

/// <summary>How often a term occurs in one field of one document.</summary>
/// <remarks>
/// The term is kept by its <c>_index</c>, all the writer needs, not by its posting: 8 bytes instead of 16,
/// and a text index at 10,000 terms holds millions of these until it is written.
/// </remarks>
internal struct TermCount(int termIndex)
{
    public int TermIndex { get; } = termIndex;

    public int Count { get; set; } = 1;
}
