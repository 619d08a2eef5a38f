using System.Net;
using System.Net.Sockets;
using Phrasebook.Cli;

namespace Phrasebook.Tests.Cli;

public sealed class PreviewCommandTests
{
    [Theory]
    [InlineData("--host", "example.org")]
    [InlineData("--port", "70000")]
    [InlineData("--root", "/no/such/folder")]
    public async Task Bad_arguments_exit_2_with_a_message(string option, string value)
    {
        var (code, _, error) = await Cli.Run("preview", option, value);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.StartsWith("error: ", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_port_in_use_exits_2_and_names_the_port()
    {
        using var site = Repo.CopySample();
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var (code, _, error) = await Cli.Run("preview", "--root", site.Root, "--port", port);
        Assert.Equal(ExitCodes.UsageError, code);
        Assert.Contains($"cannot listen on 127.0.0.1:{port}", error, StringComparison.Ordinal);
        Assert.Contains("--port", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_describes_the_preview_options()
    {
        var (code, output, _) = await Cli.Run("preview", "--help");
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Contains("--port", output, StringComparison.Ordinal);
        Assert.Contains("--host", output, StringComparison.Ordinal);
        Assert.Contains("5080", output, StringComparison.Ordinal);
    }
}
