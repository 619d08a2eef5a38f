namespace Phrasebook.Tests.Architecture;

/// <summary>
/// No namespace of src/ depends on itself through others (issue #24): a folder can be read, moved or
/// tested with only what it uses below it. A cycle fails with each edge and a line that makes it.
/// </summary>
public sealed class NamespaceCycleTests
{
    private static readonly Lazy<List<NamespaceEdge>> SourceEdges = new(() => NamespaceGraph.Edges(
        Directory.GetFiles(Path.Combine(Repo.Root, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetRelativePath(Repo.Root, f), File.ReadAllText(f)))));

    [Fact]
    public void No_namespace_of_src_is_in_a_cycle()
    {
        var cycles = NamespaceGraph.Cycles(SourceEdges.Value);

        Assert.True(cycles.Count == 0, "Namespace cycles:\n" + string.Join("\n\n", cycles.Select(c =>
            string.Join("\n", c.Select(e => $"  {e.From} -> {e.To}   at {e.Example}")))));
    }

    [Fact]
    public void The_graph_sees_the_dependencies_the_projects_are_known_to_have()
    {
        var edges = SourceEdges.Value.Select(e => (e.From, e.To)).ToHashSet();

        Assert.Contains(("Phrasebook.Cli", "Phrasebook.Build"), edges);
        Assert.Contains(("Phrasebook.Build", "Phrasebook.Engine.Pipelines"), edges);
        Assert.True(edges.Count > 60, $"only {edges.Count} edges found: the semantic model did not bind the sources");
    }

    [Fact]
    public void A_planted_cycle_is_found_through_a_fully_qualified_name_and_an_extension_method()
    {
        var edges = NamespaceGraph.Edges(
        [
            ("a.cs", "namespace Shop.A; public static class Prices { public static int Twice(this int x) => x * 2; }\n" +
                     "public sealed class Cart { public Shop.B.Line? Line; }"),
            ("b.cs", "namespace Shop.B; using Shop.A; public sealed class Line { public int Total => 2.Twice(); }"),
            ("c.cs", "namespace Shop.C; public sealed class Till { public Shop.A.Cart Cart = new(); }"),
        ]);

        var cycle = Assert.Single(NamespaceGraph.Cycles(edges));
        Assert.Equal(["Shop.A -> Shop.B", "Shop.B -> Shop.A"], cycle.Select(e => $"{e.From} -> {e.To}").Order());
        Assert.Contains("b.cs:1 (Twice)", cycle.Single(e => e.From == "Shop.B").Example);
        Assert.Contains(("Shop.C", "Shop.A"), edges.Select(e => (e.From, e.To)));
    }
}
