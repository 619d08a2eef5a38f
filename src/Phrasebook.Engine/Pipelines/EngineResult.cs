using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Phrasebook.Engine.Documents;

namespace Phrasebook.Engine.Pipelines;

public sealed record PhaseTiming(string Pipeline, Phase Phase, int Documents, TimeSpan Elapsed);

public sealed record EngineResult(
    ImmutableSortedDictionary<string, ImmutableArray<Document>> Outputs,
    ImmutableArray<PhaseTiming> Timings,
    TimeSpan Elapsed)
{
    /// <summary>The per-pipeline timing table printed with --verbose.</summary>
    public string FormatTimings()
    {
        var phases = Enum.GetValues<Phase>();
        var sb = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        sb.Append(inv, $"{"Pipeline",-16}");
        foreach (var ph in phases)
        {
            sb.Append(inv, $"{ph,13}");
        }

        sb.Append(inv, $"{"Documents",11}").AppendLine();
        foreach (var group in Timings.GroupBy(t => t.Pipeline))
        {
            sb.Append(inv, $"{group.Key,-16}");
            foreach (var ph in phases)
            {
                var t = group.FirstOrDefault(x => x.Phase == ph);
                sb.Append(t is null ? $"{"-",13}" : string.Format(inv, "{0,10:0.0} ms", t.Elapsed.TotalMilliseconds));
            }

            sb.Append(inv, $"{Outputs.GetValueOrDefault(group.Key).Length,11}").AppendLine();
        }

        sb.Append(inv, $"Total {Elapsed.TotalMilliseconds:0} ms");
        return sb.ToString();
    }
}
