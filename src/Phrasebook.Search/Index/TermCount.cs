namespace Phrasebook.Search.Index;

/// <summary>How often a term occurs in one field of one document.</summary>
internal struct TermCount(TermPosting posting)
{
    public TermPosting Posting { get; } = posting;

    public int Count { get; set; } = 1;
}
