using System.Diagnostics;
using System.Text.Json;
using Phrasebook.Tests.Build;

namespace Phrasebook.Tests.InvoiceCodes;

public sealed class CodeDataTests(SampleBuild sample) : IClassFixture<SampleBuild>
{
    private JsonElement CodesJson() => JsonDocument.Parse(File.ReadAllText(Path.Combine(sample.Output, "codes.json"))).RootElement;

    [Fact]
    public void Codes_json_has_every_code_with_urls_that_the_build_wrote()
    {
        var root = CodesJson();
        Assert.Equal(1, root.GetProperty("version").GetInt32());
        Assert.Equal("https://hjelp.nordlysfrakt.no/", root.GetProperty("base_url").GetString());
        var codes = root.GetProperty("codes").EnumerateArray().ToList();
        Assert.True(codes.Count >= 30, $"{codes.Count} codes");
        foreach (var code in codes)
        {
            var slug = code.GetProperty("slug").GetString()!;
            foreach (var lang in new[] { "nb", "sv", "en" })
            {
                var url = code.GetProperty("url").GetProperty(lang).GetString()!;
                Assert.Equal($"https://hjelp.nordlysfrakt.no/{lang}/codes/{slug}/", url);
                Assert.True(File.Exists(Path.Combine(sample.Output, lang, "codes", slug, "index.html")), url);
                Assert.False(string.IsNullOrWhiteSpace(code.GetProperty("summary").GetProperty(lang).GetString()));
            }

            Assert.True(File.Exists(Path.Combine(sample.Output, "c", slug, "index.html")), slug);
            Assert.True(File.Exists(Path.Combine(sample.Output, "c", slug, "qr.svg")), slug);
        }

        var moms = codes.Single(c => c.GetProperty("code").GetString() == "MOMS 25%");
        Assert.Equal("moms-25", moms.GetProperty("slug").GetString());
        Assert.Equal("vat", moms.GetProperty("term_id").GetString());
        var fsc = codes.Single(c => c.GetProperty("code").GetString() == "FSC");
        Assert.Equal(["FSC-\\d{2}"], fsc.GetProperty("patterns").EnumerateArray().Select(p => p.GetString()).ToList());
        Assert.Equal("https://hjelp.nordlysfrakt.no/c/fsc/", fsc.GetProperty("short_url").GetString());
    }

    [Fact]
    public void Codes_csv_has_a_header_and_one_quoted_row_per_code()
    {
        var lines = File.ReadAllText(Path.Combine(sample.Output, "codes.csv")).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("code,slug,term_id,status,short_url,qr_url,patterns,term_nb,summary_nb,url_nb,", lines[0], StringComparison.Ordinal);
        Assert.Equal(CodesJson().GetProperty("codes").GetArrayLength(), lines.Length - 1);
        Assert.Contains(lines, l => l.StartsWith("MOMS 25%,moms-25,vat,current,", StringComparison.Ordinal));
    }

    [Fact]
    public void Redirects_send_short_links_without_slash_and_per_language()
    {
        var lines = File.ReadAllLines(Path.Combine(sample.Output, "_redirects"));
        Assert.Contains("/c/fsc  /sv/codes/fsc/  302  Language=sv", lines);
        Assert.Contains("/c/fsc  /c/fsc/  301", lines);
    }

    [Fact]
    public void Qr_code_decodes_to_the_absolute_short_link()
    {
        if (!Tool.Exists("zbarimg") || !Tool.Exists("rsvg-convert"))
        {
            Assert.Fail("zbarimg (zbar-tools) and rsvg-convert (librsvg2-bin) are needed; .ci/run installs them.");
        }

        foreach (var slug in new[] { "fsc", "moms-25", "ranta" })
        {
            var png = Path.Combine(Path.GetTempPath(), $"phrasebook-qr-{slug}-{Guid.NewGuid():N}.png");
            try
            {
                Tool.Run("rsvg-convert", "-w", "400", "-o", png, Path.Combine(sample.Output, "c", slug, "qr.svg"));
                var decoded = Tool.Run("zbarimg", "-q", "--raw", png).Trim();
                Assert.Equal($"https://hjelp.nordlysfrakt.no/c/{slug}/", decoded);
            }
            finally
            {
                File.Delete(png);
            }
        }
    }
}

internal static class Tool
{
    public static bool Exists(string name) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, name)));

    public static string Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        args.ToList().ForEach(info.ArgumentList.Add);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        _ = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(30_000), $"{file} did not finish in 30 s");
        Assert.True(process.ExitCode == 0, $"{file} exited with {process.ExitCode}");
        return output.Result;
    }
}
