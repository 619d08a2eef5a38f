namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// The phases of a pipeline, as in Statiq: every pipeline's Input and Process run first
/// (after its dependencies), PostProcess sees the Process output of all pipelines. There is no
/// Output phase: pages are written as they are made (WriteAndRelease), into a staging folder.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
}
