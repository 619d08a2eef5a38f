using System.Runtime.InteropServices;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// One term of the inverted index: its <c>_index</c> (order of first appearance) and, per
/// field, the documents that contain it in the order they were added.
/// </summary>
internal sealed class TermPosting(string term, int index, int fieldCount)
{
    private readonly List<int>?[] documents = new List<int>?[fieldCount];

    public string Term { get; } = term;

    public int Index { get; } = index;

    /// <summary>Which (document, field) pass last counted this term; see <see cref="Slot"/>.</summary>
    public int Stamp { get; set; } = -1;

    /// <summary>Where this term's count sits in the current pass's list, valid while Stamp matches.</summary>
    public int Slot { get; set; }

    /// <summary>Documents (by ordinal) containing the term in a field, ascending.</summary>
    public ReadOnlySpan<int> DocumentsIn(int field) => CollectionsMarshal.AsSpan(documents[field]);

    public void AddDocument(int field, int document) => (documents[field] ??= []).Add(document);

    /// <summary>lunr's idf counts a document once per field that contains the term.</summary>
    public int DocumentFieldCount()
    {
        var n = 0;
        foreach (var list in documents)
        {
            n += list?.Count ?? 0;
        }

        return n;
    }
}
