using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Phrasebook.Tests.Architecture;

/// <summary>One namespace using another, with the first place in the source that does it.</summary>
internal sealed record NamespaceEdge(string From, string To, string Example);

/// <summary>
/// Which namespace uses which, read from the compiler's semantic model of the sources (not from
/// <c>using</c> lines, which say nothing about fully qualified names and may be unused): every name
/// that binds to a type declared in the sources, or to a member of one, is an edge from the
/// namespace the name is written in to the namespace of that type.
/// </summary>
internal static class NamespaceGraph
{
    private const string ImplicitUsings =
        "global using System; global using System.IO; global using System.Linq; global using System.Net.Http;" +
        " global using System.Threading; global using System.Threading.Tasks; global using System.Collections.Generic;";

    public static List<NamespaceEdge> Edges(IEnumerable<(string Path, string Text)> sources)
    {
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, path: s.Path)).ToList();
        var compilation = CSharpCompilation.Create(
            "namespaces",
            [.. trees, CSharpSyntaxTree.ParseText(ImplicitUsings)],
            References(),
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));

        var edges = new Dictionary<(string, string), NamespaceEdge>();
        foreach (var tree in trees)
        {
            var model = compilation.GetSemanticModel(tree);
            foreach (var name in tree.GetRoot().DescendantNodes().OfType<SimpleNameSyntax>())
            {
                if (name.IsVar || Namespace(name) is not { } from || Target(model, name) is not { } to || from == to)
                {
                    continue;
                }

                var line = name.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
                edges.TryAdd((from, to), new NamespaceEdge(from, to, $"{tree.FilePath}:{line} ({name.Identifier.Text})"));
            }
        }

        return [.. edges.Values.OrderBy(e => e.From, StringComparer.Ordinal).ThenBy(e => e.To, StringComparer.Ordinal)];
    }

    /// <summary>Every cycle, one per strongly connected group of namespaces, as its edges in order.</summary>
    public static List<List<NamespaceEdge>> Cycles(IReadOnlyList<NamespaceEdge> edges)
    {
        var next = edges.GroupBy(e => e.From).ToDictionary(g => g.Key, g => g.ToList());
        var cycles = new List<List<NamespaceEdge>>();
        var seen = new HashSet<string>();
        foreach (var start in next.Keys.Order(StringComparer.Ordinal))
        {
            if (seen.Contains(start) || PathBack(start, next) is not { } cycle)
            {
                continue;
            }

            cycles.Add(cycle);
            seen.UnionWith(cycle.Select(e => e.From));
        }

        return cycles;
    }

    /// <summary>The shortest path of edges from <paramref name="start"/> back to itself (breadth first), if any.</summary>
    private static List<NamespaceEdge>? PathBack(string start, Dictionary<string, List<NamespaceEdge>> next)
    {
        var via = new Dictionary<string, NamespaceEdge>();
        var queue = new Queue<string>([start]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var edge in next.GetValueOrDefault(node) ?? [])
            {
                if (edge.To == start)
                {
                    var path = new List<NamespaceEdge> { edge };
                    for (var at = edge.From; at != start; at = via[at].From)
                    {
                        path.Insert(0, via[at]);
                    }

                    return path;
                }

                if (via.TryAdd(edge.To, edge))
                {
                    queue.Enqueue(edge.To);
                }
            }
        }

        return null;
    }

    private static string? Namespace(SyntaxNode node) =>
        node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().FirstOrDefault()?.Name.ToString();

    private static string? Target(SemanticModel model, SimpleNameSyntax name)
    {
        var info = model.GetSymbolInfo(name);
        var symbol = info.Symbol ?? info.CandidateSymbols.FirstOrDefault();
        var type = symbol switch
        {
            INamedTypeSymbol t => t,
            null or INamespaceSymbol or ILocalSymbol or IParameterSymbol or IRangeVariableSymbol or ILabelSymbol or ITypeParameterSymbol => null,
            _ => symbol.ContainingType,
        };
        type = type?.OriginalDefinition;
        while (type?.ContainingType is { } outer)
        {
            type = outer;
        }

        return type is { DeclaringSyntaxReferences.Length: > 0 } ? type.ContainingNamespace.ToDisplayString() : null;
    }

    private static List<MetadataReference> References()
    {
        var platform = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var beside = Directory.GetFiles(AppContext.BaseDirectory, "*.dll")
            .Where(f => !Path.GetFileName(f).StartsWith("Phrasebook", StringComparison.Ordinal));
        return [.. platform.Concat(beside).Distinct().Select(f => MetadataReference.CreateFromFile(f))];
    }
}
