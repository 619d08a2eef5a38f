using System.Text;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Support;

/// <summary>A string as JSON.stringify writes it, through the writer the index uses.</summary>
internal static class JsonQuote
{
    public static string Of(string value)
    {
        using var output = new PooledByteBuffer();
        JsonText.WriteString(output, value);
        return Encoding.UTF8.GetString(output.ToArray());
    }
}
