namespace Phrasebook.Search.Index;

/// <summary>
/// A field value: a string (tokenized: split on whitespace and '-') or a list of strings
/// (one token per element, never split, as lunr does for JS arrays). Default is "absent".
/// </summary>
public readonly struct LunrValue
{
    private LunrValue(string? text, IReadOnlyList<string?>? items)
    {
        Text = text;
        Items = items;
    }

    public string? Text { get; }

    public IReadOnlyList<string?>? Items { get; }

    public static LunrValue FromText(string? text) => new(text, null);

    public static LunrValue FromItems(IReadOnlyList<string?> items) => new(null, items ?? throw new ArgumentNullException(nameof(items)));

    public static implicit operator LunrValue(string? text) => FromText(text);

    public static implicit operator LunrValue(string[] items) => FromItems(items);

    public static implicit operator LunrValue(List<string> items) => FromItems(items);
}
