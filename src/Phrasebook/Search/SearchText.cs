using System.Text.Encodings.Web;
using System.Text.Json;

namespace Phrasebook.Search;

/// <summary>search/{lang}/text.json: the text index and, per term, a snippet of each role's explanation.</summary>
internal static class SearchText
{
    public static byte[] Of(IReadOnlyList<SearchEntry> entries, byte[] index)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WritePropertyName("index");
            json.WriteRawValue(index, skipInputValidation: true);
            json.WriteStartObject("roles");
            foreach (var e in entries.Where(e => e.RoleSnippets.Count > 0))
            {
                json.WriteStartObject(e.Ref);
                foreach (var (role, text) in e.RoleSnippets)
                {
                    json.WriteString(role, text);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        return stream.ToArray();
    }
}
