namespace Phrasebook.Engine.Pipelines;

/// <summary>
/// The phases of a pipeline, as in Statiq: every pipeline's Input and Process run first
/// (after its dependencies), PostProcess sees the Process output of all pipelines, Output writes.
/// </summary>
public enum Phase
{
    Input,
    Process,
    PostProcess,
    Output,
}
