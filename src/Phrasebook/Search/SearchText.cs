using System.Text.Encodings.Web;
using System.Text.Json;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Search;

/// <summary>search/{lang}/text.json: the text index and, per term, a snippet of each role's explanation.</summary>
internal static class SearchText
{
    /// <summary>
    /// Writes <c>{"version":1,"index":...,"roles":{...}}</c>, the index straight into the output
    /// rather than built apart and copied in: it is most of the file.
    /// </summary>
    public static void Write(PooledByteBuffer output, IReadOnlyList<SearchEntry> entries, LunrIndexBuilder index)
    {
        output.Write("{\"version\":1,\"index\":"u8);
        index.WriteTo(output);
        output.Write(",\"roles\":"u8);
        using (var json = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            foreach (var e in entries)
            {
                if (e.RoleSnippets.Count == 0)
                {
                    continue;
                }

                json.WriteStartObject(e.Ref);
                foreach (var (role, text) in e.RoleSnippets)
                {
                    json.WriteString(role, text);
                }

                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        output.Write((byte)'}');
    }
}
