namespace Phrasebook.Lunr.Index;

/// <summary>
/// lunr keeps fields as keys of a JS object, so it enumerates them in JS property order:
/// array-index names ("0", "12") first in numeric order, then the rest as declared.
/// </summary>
internal static class FieldOrder
{
    public static LunrField[] Arrange(IEnumerable<LunrField> declared)
    {
        var list = declared.ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in list)
        {
            ArgumentNullException.ThrowIfNull(field);
            if (!seen.Add(field.Name))
            {
                throw new ArgumentException($"Field '{field.Name}' is declared twice.", nameof(declared));
            }
        }

        var numeric = list
            .Where(field => JsMath.IsArrayIndex(field.Name, out _))
            .OrderBy(field => JsMath.IsArrayIndex(field.Name, out var index) ? index : 0);
        return [.. numeric, .. list.Where(field => !JsMath.IsArrayIndex(field.Name, out _))];
    }
}
