namespace Phrasebook.Cli;

/// <summary>Documented in README.md: scripts and CI rely on them.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int ContentErrors = 1;
    public const int UsageError = 2;
    public const int InternalError = 3;

    /// <summary>Stopped by Ctrl+C (SIGINT): 128 + 2, as shells report it.</summary>
    public const int Interrupted = 130;

    /// <summary>Stopped by SIGTERM: 128 + 15.</summary>
    public const int Terminated = 143;
}
