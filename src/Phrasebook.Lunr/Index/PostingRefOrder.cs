using System.Runtime.InteropServices;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// A posting maps refs to metadata in a JS object, so JSON.stringify lists refs that are array
/// indexes ("7", "42") first in numeric order, then the others in the order they were added.
/// Most sites have no numeric refs; then the added order is used as is.
/// </summary>
internal sealed class PostingRefOrder(IReadOnlyList<IndexedDocument> documents)
{
    private readonly bool anyNumeric = documents.Any(document => document.IsArrayIndex);
    private readonly List<int> scratch = [];

    public ReadOnlySpan<int> Arrange(ReadOnlySpan<int> added)
    {
        if (!anyNumeric)
        {
            return added;
        }

        scratch.Clear();
        scratch.AddRange(added.ToArray().Where(d => documents[d].IsArrayIndex).OrderBy(d => documents[d].ArrayIndex));
        foreach (var d in added)
        {
            if (!documents[d].IsArrayIndex)
            {
                scratch.Add(d);
            }
        }

        return CollectionsMarshal.AsSpan(scratch);
    }
}
