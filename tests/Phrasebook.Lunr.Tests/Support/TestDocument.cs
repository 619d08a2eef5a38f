using System.Text;
using Phrasebook.Lunr.Index;

namespace Phrasebook.Lunr.Tests.Support;

/// <summary>A test document: ref, field values (string, array or null) and a boost.</summary>
internal sealed record TestDocument(string Ref, Dictionary<string, LunrValue> Values, double Boost = 1)
{
    public void AppendNodeEntry(StringBuilder sb)
    {
        sb.Append("{\"doc\":{\"").Append(IndexJob.RefField).Append("\":");
        sb.Append(JsonQuote.Of(Ref));
        foreach (var (name, value) in Values)
        {
            sb.Append(',');
            sb.Append(JsonQuote.Of(name));
            sb.Append(':');
            AppendValue(sb, value);
        }

        sb.Append("},\"boost\":");
        JsonText.WriteNumber(sb, Boost);
        sb.Append('}');
    }

    private static void AppendValue(StringBuilder sb, LunrValue value)
    {
        if (value.Items is { } items)
        {
            sb.Append('[');
            for (var i = 0; i < items.Count; i++)
            {
                sb.Append(i > 0 ? "," : string.Empty);
                AppendText(sb, items[i]);
            }

            sb.Append(']');
        }
        else
        {
            AppendText(sb, value.Text);
        }
    }

    private static void AppendText(StringBuilder sb, string? text)
    {
        if (text is null)
        {
            sb.Append("null");
        }
        else
        {
            sb.Append(JsonQuote.Of(text));
        }
    }
}
