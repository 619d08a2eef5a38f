using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Pipelines;

public sealed class DiagnosticBagTests
{
    [Fact]
    public void The_sorted_list_has_errors_first_then_is_ordered_by_file_line_column_code_and_message_with_duplicates_once()
    {
        var bag = new DiagnosticBag();
        bag.Warning("PB2", new SourceLocation("b.yml", 3, 1), "second");
        bag.Error("PB1", new SourceLocation("b.yml", 3, 1), "first");
        bag.Warning("PB3", new SourceLocation("a.yml", 10, 2), "in a");
        bag.Warning("PB3", new SourceLocation("a.yml", 9, 5), "earlier line");
        bag.Error("PB1", new SourceLocation("b.yml", 3, 1), "first");
        bag.Warning("PB4", new SourceLocation("a.yml"), "whole file");

        Assert.Equal(
            ["b.yml:3:1: error PB1: first", "a.yml: warning PB4: whole file", "a.yml:9:5: warning PB3: earlier line", "a.yml:10:2: warning PB3: in a", "b.yml:3:1: warning PB2: second"],
            bag.ToSortedList().Select(d => d.ToString()));
    }

    [Fact]
    public void The_sorted_errors_leave_the_warnings_out()
    {
        var bag = new DiagnosticBag();
        bag.Warning("PB2", new SourceLocation("a.yml", 1, 1), "a warning");
        Assert.Empty(bag.SortedErrors());

        bag.Error("PB1", new SourceLocation("b.yml", 2, 1), "later");
        bag.Error("PB1", new SourceLocation("a.yml", 5, 1), "sooner");
        bag.Error("PB1", new SourceLocation("a.yml", 5, 1), "sooner");

        Assert.Equal(["a.yml:5:1: error PB1: sooner", "b.yml:2:1: error PB1: later"], bag.SortedErrors().Select(d => d.ToString()));
    }

    [Fact]
    public void Many_random_diagnostics_sort_as_the_plain_multi_key_order_says_with_duplicates_once()
    {
        // The bag ranks files once and compares ints; this is the order it must give, spelled out with LINQ.
        var random = new Random(25);
        string[] paths = ["input/industries/energy/term-00042.yml", "input/industries/energy/term-00041.yml", "input/roles.yml", "input/industries/energy/term-0004.yml", "statiq.json"];
        string[] codes = ["PB101", "PB105", "PB002"];
        var bag = new DiagnosticBag();
        var all = new List<Diagnostic>();
        for (var i = 0; i < 5000; i++)
        {
            var at = new SourceLocation(paths[random.Next(paths.Length)], random.Next(4), random.Next(3));
            var d = new Diagnostic(random.Next(2) == 0 ? Severity.Error : Severity.Warning, codes[random.Next(codes.Length)], at, $"message {random.Next(5)}", random.Next(3) == 0 ? null : $"hint {random.Next(2)}", random.Next(4) == 0 ? new SourceLocation(paths[random.Next(paths.Length)], random.Next(3), 1) : null);
            bag.Add(d);
            all.Add(d);
        }

        var expected = all
            .OrderByDescending(d => d.Severity)
            .ThenBy(d => d.IsConsequence)
            .ThenBy(d => d.Location.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column)
            .ThenBy(d => d.Code, StringComparer.Ordinal)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ThenBy(d => d.Hint, StringComparer.Ordinal)
            .ThenBy(d => d.Cause)
            .Distinct()
            .ToList();
        Assert.Equal(expected, bag.ToSortedList());
    }
}
