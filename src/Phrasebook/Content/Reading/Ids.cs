namespace Phrasebook.Content.Reading;

/// <summary>Ids become URLs printed on invoices, so they are kept to [a-z0-9-]+.</summary>
public static class Ids
{
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
