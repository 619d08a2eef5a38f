using Phrasebook.Cli;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Cli;

/// <summary>The report of a large site reaches the console whole, in order, and in few writes rather than one per line.</summary>
public sealed class ChunkedWriterTests
{
    /// <summary>Counts the writes that reach it, as Console.Out would make each a write call.</summary>
    private sealed class CountingWriter : StringWriter
    {
        public int Writes { get; private set; }

        public override void Write(char value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(string? value)
        {
            Writes++;
            base.Write(value);
        }

        public override void Write(System.Text.StringBuilder? value)
        {
            Writes++;
            base.Write(value);
        }

        public override void WriteLine(string? value)
        {
            Writes++;
            base.WriteLine(value);
        }
    }

    private static List<Diagnostic> Warnings(int count) =>
        [.. Enumerable.Range(0, count).Select(i => Diagnostic.Warning("PB105", new SourceLocation($"input/industries/energy/term-{i:D5}.yml", 3, 7), $"The summary of 'term-{i:D5}' is hard to read: LIX {40 + (i % 30)}.", "use shorter sentences"))];

    [Fact]
    public void Five_thousand_warnings_arrive_whole_and_in_order_in_a_few_dozen_writes()
    {
        var warnings = Warnings(5000);
        var expected = new StringWriter();
        DiagnosticFormats.WriteHuman(expected, warnings, colour: false);
        var console = new CountingWriter();
        DiagnosticFormats.WriteHuman(console, warnings, colour: false);
        Assert.Equal(expected.ToString(), console.ToString());
        Assert.Contains("term-04999.yml:3:7: warning PB105", console.ToString(), StringComparison.Ordinal);
        // About 1.5 MB of text: 32 KB pieces, not 15,000 lines.
        Assert.InRange(console.Writes, 10, 100);
    }

    [Fact]
    public void A_build_report_prints_its_errors_on_standard_error_before_the_buffered_warnings_reach_standard_output()
    {
        var both = new List<string>();
        var output = new Recording("out", both);
        var error = new Recording("err", both);
        List<Diagnostic> diagnostics = [Diagnostic.Error("PB002", new SourceLocation("input/roles.yml", 2, 1), "Unknown key 'nam' in a role.", "did you mean 'name'?"), .. Warnings(3)];
        new Report(output, error).Diagnostics(diagnostics, verbose: true);
        Assert.StartsWith("err:input/roles.yml:2:1: error PB002", both[0], StringComparison.Ordinal);
        Assert.StartsWith("err:    hint: did you mean 'name'?", both[1], StringComparison.Ordinal);
        // The three warnings, in one piece, after the error.
        Assert.Equal(3, both.Count);
        Assert.StartsWith("out:input/industries/energy/term-00000.yml:3:7: warning PB105", both[2], StringComparison.Ordinal);
        Assert.Contains("term-00002.yml", both[2], StringComparison.Ordinal);
    }

    private sealed class Recording(string name, List<string> log) : StringWriter
    {
        public override void Write(System.Text.StringBuilder? value) => log.Add($"{name}:{value}");

        public override void WriteLine(string? value) => log.Add($"{name}:{value}");
    }
}
