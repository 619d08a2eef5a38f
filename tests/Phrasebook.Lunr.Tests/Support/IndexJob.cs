using System.Text;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Support;

/// <summary>One index to build twice: with the C# builder and with lunr.js in Node.</summary>
internal sealed record IndexJob(string Name, string Language, IReadOnlyList<LunrField> Fields, IReadOnlyList<TestDocument> Documents)
{
    public const string RefField = "id";

    public string BuildWithCSharp()
    {
        var builder = new LunrIndexBuilder(LunrLanguage.For(Language), Fields, RefField);
        foreach (var document in Documents)
        {
            builder.Add(document.Ref, document.Values, document.Boost);
        }

        return builder.ToJson();
    }

    /// <summary>The job as build-index.js reads it; strings escaped as JSON.stringify would.</summary>
    public void AppendNodeJob(StringBuilder sb)
    {
        sb.Append("{\"lang\":");
        sb.Append(JsonQuote.Of(Language));
        sb.Append(",\"ref\":\"").Append(RefField).Append("\",\"fields\":[");
        for (var i = 0; i < Fields.Count; i++)
        {
            sb.Append(i > 0 ? "," : string.Empty).Append("{\"name\":");
            sb.Append(JsonQuote.Of(Fields[i].Name));
            sb.Append(",\"boost\":");
            JsonText.WriteNumber(sb, Fields[i].Boost);
            sb.Append('}');
        }

        sb.Append("],\"docs\":[");
        for (var d = 0; d < Documents.Count; d++)
        {
            sb.Append(d > 0 ? "," : string.Empty);
            Documents[d].AppendNodeEntry(sb);
        }

        sb.Append("]}");
    }
}
