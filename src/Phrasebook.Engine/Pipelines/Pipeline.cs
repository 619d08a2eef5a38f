using System.Collections.Immutable;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// A named, declarative list of modules per phase. A pipeline's definition should read
/// like a table of contents of what it does.
/// </summary>
public sealed record Pipeline(string Name)
{
    public ImmutableArray<string> Dependencies { get; private init; } = [];

    public ImmutableArray<IModule> Input { get; private init; } = [];

    public ImmutableArray<IModule> Process { get; private init; } = [];

    public ImmutableArray<IModule> PostProcess { get; private init; } = [];

    public Pipeline DependsOn(params string[] names) => this with { Dependencies = Dependencies.AddRange(names) };

    public Pipeline WithInput(params IModule[] modules) => this with { Input = Input.AddRange(modules) };

    public Pipeline WithProcess(params IModule[] modules) => this with { Process = Process.AddRange(modules) };

    public Pipeline WithPostProcess(params IModule[] modules) => this with { PostProcess = PostProcess.AddRange(modules) };

    public ImmutableArray<IModule> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        _ => PostProcess,
    };
}
