using System.Net;
using Phrasebook.Tests.Preview;

namespace Phrasebook.Tests.Security;

/// <summary>
/// #21 item 5: the preview is a local tool. A web page that rebinds its own domain to 127.0.0.1 sends
/// its domain in Host: refused with 403, with no CORS permission, on pages, the error list and the
/// reload channel alike. Loopback names and IP addresses are served.
/// </summary>
public sealed class PreviewHostTests
{
    [Theory]
    [InlineData("evil.example")]
    [InlineData("evil.example:5080")]
    [InlineData("localhost.evil.example")]
    [InlineData("127.0.0.1.nip.io")]
    public async Task A_request_for_another_host_is_refused_with_403_and_no_cors(string host)
    {
        await using var preview = await PreviewSession.StartAsync();

        foreach (var path in new[] { "/nb/terms/fuel-surcharge/", "/_phrasebook/status", "/_phrasebook/events", "/404.html" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Host = host;
            request.Headers.Add("Origin", "http://" + host);
            using var response = await preview.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);

            Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
            Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"), path);
            Assert.DoesNotContain("Drivstofftillegg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("localhost")]
    [InlineData("127.0.0.1")]
    [InlineData("[::1]")]
    [InlineData("preview.localhost")]
    public async Task Loopback_names_and_addresses_are_served_without_cors(string name)
    {
        await using var preview = await PreviewSession.StartAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, "/nb/terms/fuel-surcharge/");
        request.Headers.Host = $"{name}:{preview.Host.Address.Port}";
        request.Headers.Add("Origin", "http://evil.example");

        using var response = await preview.Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
        Assert.Contains("Drivstofftillegg", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_request_without_host_is_refused()
    {
        await using var preview = await PreviewSession.StartAsync();

        Assert.Equal(400, await preview.RawStatusAsync("/nb/", host: null));
    }
}

/// <summary>#21 item 1 in the preview: a symlink out of the site or a FIFO added while it runs is reported, never served or opened.</summary>
public sealed class PreviewReadOutsideTests
{
    [Fact]
    public async Task A_link_to_a_secret_added_while_previewing_is_an_error_and_not_served()
    {
        var outside = Directory.CreateTempSubdirectory("phrasebook-outside-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(outside, "secret.txt"), PlantedSite.Secret);
            await using var preview = await PreviewSession.StartAsync();
            using var events = await preview.EventsAsync();

            File.CreateSymbolicLink(preview.Site.PathOf("input/assets/leak.txt"), Path.Combine(outside, "secret.txt"));
            using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [preview.Site.PathOf("input/industries/logistics/pipe.yml")]))
            {
                await mkfifo.WaitForExitAsync();
            }

            var errors = new List<string>();
            while (!(errors.Any(e => e.Contains("leak.txt", StringComparison.Ordinal)) && errors.Any(e => e.Contains("pipe.yml", StringComparison.Ordinal))))
            {
                var (name, data) = await events.NextAsync();
                if (name == "errors")
                {
                    errors = [.. data.GetProperty("errors").EnumerateArray().Select(e => $"{e.GetProperty("file").GetString()} {e.GetProperty("code").GetString()}")];
                }
            }

            Assert.Contains("input/assets/leak.txt PB030", errors);
            Assert.Contains("input/industries/logistics/pipe.yml PB030", errors);
            using var response = await preview.Http.GetAsync("/assets/leak.txt");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.DoesNotContain("ghp_secret", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
            Assert.Equal(PlantedSite.Secret, File.ReadAllText(Path.Combine(outside, "secret.txt")));
        }
        finally
        {
            Directory.Delete(outside, recursive: true);
        }
    }
}
