using System.Runtime.InteropServices;

namespace Phrasebook.Cli;

/// <summary>
/// Ctrl+C (SIGINT) and SIGTERM: the first asks the running command to stop (a build drops its staging
/// folder, so the previous output stays as it was) and the process exits 130 or 143, as a shell expects
/// of a program stopped by that signal. A second signal, or a command that has not stopped after
/// <see cref="Grace"/>, ends the process at once.
/// </summary>
public sealed class Interruption : IDisposable
{
    public static readonly TimeSpan Grace = TimeSpan.FromSeconds(10);

    private readonly CancellationTokenSource _cancel = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _signal;

    /// <summary>Listens for SIGINT and SIGTERM (the real command line; in-process callers pass none).</summary>
    public static Interruption Listen()
    {
        var interruption = new Interruption();
        interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGINT, interruption.OnSignal));
        interruption._registrations.Add(PosixSignalRegistration.Create(PosixSignal.SIGTERM, interruption.OnSignal));
        return interruption;
    }

    public CancellationToken Token => _cancel.Token;

    public bool Requested => Volatile.Read(ref _signal) != 0;

    /// <summary>128 + the signal's number: 130 for SIGINT, 143 for SIGTERM.</summary>
    public int ExitCode => Volatile.Read(ref _signal) == 15 ? ExitCodes.Terminated : ExitCodes.Interrupted;

    public string SignalName => Volatile.Read(ref _signal) == 15 ? "SIGTERM" : "SIGINT (Ctrl+C)";

    /// <summary>Stops as if the given signal (2 or 15) had arrived; for tests.</summary>
    public void Request(int signal)
    {
        if (Interlocked.CompareExchange(ref _signal, signal, 0) == 0)
        {
            _cancel.Cancel();
            _ = Task.Delay(Grace).ContinueWith(_ => Environment.Exit(ExitCode), TaskScheduler.Default);
        }
    }

    private void OnSignal(PosixSignalContext context)
    {
        if (Requested)
        {
            // The second signal: the default action, at once.
            return;
        }

        context.Cancel = true;
        Request(context.Signal == PosixSignal.SIGTERM ? 15 : 2);
    }

    public void Dispose()
    {
        foreach (var registration in _registrations)
        {
            registration.Dispose();
        }

        _cancel.Dispose();
    }
}
