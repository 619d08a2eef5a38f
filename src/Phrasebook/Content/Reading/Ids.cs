namespace Phrasebook.Content.Reading;

/// <summary>Ids become URLs printed on invoices, so they are kept to [a-z0-9-]+.</summary>
public static class Ids
{
    /// <summary>
    /// Longest id or code slug (docs/limits.md, PB053). Each is a folder name of the output, and a file
    /// system allows 255 bytes a name; a URL printed on an invoice is better far shorter.
    /// </summary>
    public const int MaxLength = 100;

    /// <summary>The error for an id or slug longer than <see cref="MaxLength"/>, or null.</summary>
    public static string? TooLong(string id, string what) =>
        id.Length > MaxLength ? $"The {what} is {id.Length} characters long; ids and code slugs may have at most {MaxLength}, as each becomes a folder name and a URL." : null;

    public static bool IsValid(string id)
    {
        if (id.Length == 0)
        {
            return false;
        }

        foreach (var c in id)
        {
            if (c is not ((>= 'a' and <= 'z') or (>= '0' and <= '9') or '-'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A suggestion for an invalid id: lower case, ASCII, dashes.</summary>
    public static string Suggestion(string id) => Slug.Of(id) is { Length: > 0 } s ? s : "my-id";
}
