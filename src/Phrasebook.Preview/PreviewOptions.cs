using System.Net;

namespace Phrasebook.Preview;

public sealed record PreviewOptions
{
    public const int DefaultPort = 5080;

    /// <summary>The folder holding statiq.json.</summary>
    public required string Root { get; init; }

    /// <summary>Loopback unless the user names another address.</summary>
    public IPAddress Address { get; init; } = IPAddress.Loopback;

    /// <summary>0 lets the system choose a free port (tests, scripts).</summary>
    public int Port { get; init; } = DefaultPort;

    public int MaxParallelism { get; init; } = Environment.ProcessorCount;
}
