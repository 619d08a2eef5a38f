namespace Phrasebook.Lunr.Index;

/// <summary>
/// A field value: a string (tokenized: split on whitespace and '-') or a list of strings
/// (one token per element, never split, as lunr does for JS arrays). Default is "absent".
/// </summary>
public readonly struct LunrValue
{
    private LunrValue(string? text, IReadOnlyList<string?>? items, IReadOnlyList<string>? lines = null)
    {
        Text = text;
        Items = items;
        Lines = lines;
    }

    public string? Text { get; }

    public IReadOnlyList<string?>? Items { get; }

    /// <summary>Texts indexed as the one string they make joined by line breaks; see <see cref="FromLines"/>.</summary>
    public IReadOnlyList<string>? Lines { get; }

    public static LunrValue FromText(string? text) => new(text, null);

    public static LunrValue FromItems(IReadOnlyList<string?> items) => new(null, items ?? throw new ArgumentNullException(nameof(items)));

    /// <summary>
    /// The text <c>string.Join("\n", lines)</c>, indexed without building it: a line break separates
    /// tokens and stops the one context rule of lowercasing (final sigma), so each line can be
    /// tokenized on its own. Saves a copy of every long text when it is made of several.
    /// </summary>
    public static LunrValue FromLines(IReadOnlyList<string> lines) => new(null, null, lines ?? throw new ArgumentNullException(nameof(lines)));

    /// <summary>The value as lunr.js is handed it: the text, or the lines joined (null for a list).</summary>
    public string? JoinedText => Lines is { } lines ? string.Join("\n", lines) : Text;

    public static implicit operator LunrValue(string? text) => FromText(text);

    public static implicit operator LunrValue(string[] items) => FromItems(items);

    public static implicit operator LunrValue(List<string> items) => FromItems(items);
}
