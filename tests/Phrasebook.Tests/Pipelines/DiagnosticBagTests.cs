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
}
