using System.Collections.Immutable;

namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// A named, declarative list of modules per phase. A pipeline's definition should read
/// like a table of contents of what it does.
/// </summary>
/// <typeparam name="TModel">The host's model every module of the pipeline is given (see <see cref="PipelineContext{TModel}"/>).</typeparam>
public sealed record Pipeline<TModel>(string Name)
{
    public ImmutableArray<string> Dependencies { get; private init; } = [];

    public ImmutableArray<IModule<TModel>> Input { get; private init; } = [];

    public ImmutableArray<IModule<TModel>> Process { get; private init; } = [];

    public ImmutableArray<IModule<TModel>> PostProcess { get; private init; } = [];

    public Pipeline<TModel> DependsOn(params string[] names) => this with { Dependencies = Dependencies.AddRange(names) };

    public Pipeline<TModel> WithInput(params IModule<TModel>[] modules) => this with { Input = Input.AddRange(modules) };

    public Pipeline<TModel> WithProcess(params IModule<TModel>[] modules) => this with { Process = Process.AddRange(modules) };

    public Pipeline<TModel> WithPostProcess(params IModule<TModel>[] modules) => this with { PostProcess = PostProcess.AddRange(modules) };

    public ImmutableArray<IModule<TModel>> ModulesOf(Phase phase) => phase switch
    {
        Phase.Input => Input,
        Phase.Process => Process,
        _ => PostProcess,
    };
}
