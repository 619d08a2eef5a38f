using System.CommandLine;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Phrasebook.Preview;
using Phrasebook.Preview.Rebuilding;

namespace Phrasebook.Cli;

/// <summary>`preview`: build in memory, serve on loopback, rebuild on save and reload the open pages.</summary>
internal static class PreviewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var port = new Option<int>("--port", "-p")
        {
            Description = $"The port to serve on (0: any free port). Default: {PreviewOptions.DefaultPort}.",
            DefaultValueFactory = _ => PreviewOptions.DefaultPort,
        };
        port.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        var host = new Option<string>("--host")
        {
            Description = "The address to listen on, e.g. 0.0.0.0 to let other machines see the preview. Default: 127.0.0.1 (this machine only).",
            DefaultValueFactory = _ => "127.0.0.1",
        };
        var command = new Command("preview", "Build the site in memory and serve it; rebuild on every save and reload the open pages. Content errors are shown on the page. Ctrl+C stops.")
        {
            SiteRootOption.Option,
            port,
            host,
        };
        command.SetAction(async (parse, token) =>
        {
            var root = parse.GetValue(SiteRootOption.Option)!;
            var hostName = parse.GetValue(host)!;
            if (ParseAddress(hostName) is not { } address)
            {
                await error.WriteLineAsync($"error: '{hostName}' is not an IP address (use 127.0.0.1, ::1, 0.0.0.0 or localhost).");
                return ExitCodes.UsageError;
            }

            var report = new Report(output, error);
            PreviewHost preview;
            RebuildOutcome first;
            try
            {
                (preview, first) = await PreviewHost.StartAsync(new PreviewOptions { Root = root.FullName, Address = address, Port = parse.GetValue(port) }, token);
            }
            catch (IOException e) when (e.InnerException is SocketException || e.Message.Contains("address", StringComparison.OrdinalIgnoreCase))
            {
                await error.WriteLineAsync($"error: cannot listen on {hostName}:{parse.GetValue(port)}: {e.Message} Choose another port with --port.");
                return ExitCodes.UsageError;
            }

            await using (preview)
            {
                preview.Rebuilt += outcome => Print(report, output, outcome);
                Print(report, output, first);
                await output.WriteLineAsync($"Serving {new Uri(preview.Address, preview.Current.LinkRoot)} (watching input/, themes/ and statiq.json; Ctrl+C stops).");
                await output.FlushAsync(token);
                await preview.RunAsync(token);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static IPAddress? ParseAddress(string host) =>
        host == "localhost" ? IPAddress.Loopback : IPAddress.TryParse(host, out var a) ? a : null;

    private static void Print(Report report, TextWriter output, RebuildOutcome outcome)
    {
        report.Diagnostics(outcome.Errors, verbose: false);
        var inv = CultureInfo.InvariantCulture;
        output.WriteLine(outcome.Succeeded
            ? string.Format(inv, "[{0:HH:mm:ss}] {1} rebuild #{2}: {3} page(s) rendered, {4} file(s) changed in {5:0} ms.", DateTime.Now, outcome.Kind, outcome.Version, outcome.PagesRendered, outcome.ChangedFiles.Count, outcome.Elapsed.TotalMilliseconds)
            : string.Format(inv, "[{0:HH:mm:ss}] {1} error(s); the preview keeps serving the last good build.", DateTime.Now, outcome.Errors.Count));
        output.Flush();
    }
}
