using System.Collections.Immutable;

namespace Phrasebook.Lunr.Index;

/// <summary>
/// One field of one document after the build pipeline (lowercase, split, trim, stop words, stem): its
/// terms in order of first appearance and how often each occurs. All the index needs of the field's
/// text, so what a term edit cannot change can be kept between builds and added again with
/// <see cref="LunrIndexBuilder.AddCounted"/> without tokenizing it again.
/// </summary>
public sealed class LunrFieldCounts
{
    public LunrFieldCounts(ImmutableArray<string> terms, ImmutableArray<int> counts)
    {
        if (terms.IsDefault || counts.IsDefault || terms.Length != counts.Length)
        {
            throw new ArgumentException("Every term needs its count.", nameof(counts));
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        for (var i = 0; i < terms.Length; i++)
        {
            if (terms[i] is null || !seen.Add(terms[i]))
            {
                throw new ArgumentException($"Term {i} is missing or repeated.", nameof(terms));
            }

            if (counts[i] < 1)
            {
                throw new ArgumentException($"The count of '{terms[i]}' is {counts[i]}; it must be at least 1.", nameof(counts));
            }

            length += counts[i];
        }

        Terms = terms;
        Counts = counts;
        Length = length;
    }

    public static LunrFieldCounts Empty { get; } = new([], []);

    /// <summary>Distinct terms, in the order the field's tokens first gave them.</summary>
    public ImmutableArray<string> Terms { get; }

    /// <summary>Per term of <see cref="Terms"/>, how many of the field's tokens gave it.</summary>
    public ImmutableArray<int> Counts { get; }

    /// <summary>The field length lunr scores with: the tokens left after the stop-word filter.</summary>
    public int Length { get; }
}
