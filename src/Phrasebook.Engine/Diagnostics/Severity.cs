namespace Phrasebook.Engine.Diagnostics;

public enum Severity
{
    Warning,
    Error,
}
