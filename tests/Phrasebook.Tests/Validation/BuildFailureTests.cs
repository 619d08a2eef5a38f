using System.Security.Cryptography;
using Phrasebook.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>Every mistake of a pull request in one run; a failed build never touches the published site.</summary>
public class BuildFailureTests
{
    [Fact]
    public async Task All_errors_of_several_files_are_reported_together_errors_first_then_by_file_and_line()
    {
        using var site = new SiteFixture();
        site.WriteTerm("x-a.yml", """
            id: x-a
            term: {nb: Ord}
            sumary: {nb: Setning.}
            related: [vatt]
            """);
        site.WriteTerm("x-b.yml", """
            id: x-b
            term: {nb: Ord}
            summary: {nb: Setning.}
            changes:
              - date: 2026-13-01
                note: {nb: Ny.}
            """);
        site.WriteTerm("x-c.yml", "id: X_C\nterm: {nb: Ord}\nsummary: {nb: Setning.}\n");
        site.Write("input/processes/delivery.nb.md", SiteFixture.Delivery.Replace("(code:FSC)", "(code:NOPE)", StringComparison.Ordinal));
        site.Write("input/roles.yml", SiteFixture.Roles + "\n- id: user\n  nam: {nb: Bruker}\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        var errors = result.Diagnostics.Where(d => d.IsError).Select(d => (d.Location.Path, d.Location.Line, d.Code)).ToList();
        (string, int, string)[] expected =
        [
            // `sumary` and `nam` are read as the keys meant: one typo, one error (no "missing summary").
            ("input/industries/logistics/x-a.yml", 3, Codes.UnknownKey),
            ("input/industries/logistics/x-a.yml", 4, Codes.UnknownReference),
            ("input/industries/logistics/x-b.yml", 5, Codes.InvalidDate),
            ("input/industries/logistics/x-c.yml", 1, Codes.InvalidId),
            ("input/processes/delivery.nb.md", 9, Codes.UnknownLinkTarget),
            ("input/roles.yml", 8, Codes.UnknownKey),
        ];
        Assert.True(expected.SequenceEqual(errors), DiagnosticAssert.Dump(result.Diagnostics));
        // Cause first: every error (none here follows from another) before every warning, each by place.
        Assert.Equal(
            result.Diagnostics.OrderByDescending(d => d.IsError).ThenBy(d => d.IsConsequence).ThenBy(d => d.Location).Select(d => d.Location),
            result.Diagnostics.Select(d => d.Location));
        Assert.Contains(result.Diagnostics, d => !d.IsError);
    }

    [Fact]
    public async Task Failed_build_leaves_the_previous_output_untouched()
    {
        using var site = new SiteFixture();
        var first = await site.BuildAsync();
        Assert.True(first.Succeeded, DiagnosticAssert.Dump(first.Diagnostics));
        var before = Snapshot(site.OutputFolder);
        Assert.NotEmpty(before);
        var siblingsBefore = Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToList();

        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("summary:", "sumary:", StringComparison.Ordinal));
        var second = await site.BuildAsync();

        Assert.False(second.Succeeded);
        Assert.Null(second.OutputFolder);
        Assert.Equal(before, Snapshot(site.OutputFolder));
        Assert.Equal(siblingsBefore, Directory.GetFileSystemEntries(site.Root).Order(StringComparer.Ordinal).ToList());
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Failed_first_build_writes_no_output_folder()
    {
        using var site = new SiteFixture();
        site.WriteTerm("vat.yml", "id: vat\n");

        var result = await site.BuildAsync();

        Assert.False(result.Succeeded);
        Assert.False(Directory.Exists(site.OutputFolder));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Fixed_build_replaces_the_output_and_leaves_no_staging_folder()
    {
        using var site = new SiteFixture();
        Assert.True((await site.BuildAsync()).Succeeded);
        var before = Snapshot(site.OutputFolder);

        site.WriteTerm("vat.yml", SiteFixture.Vat.Replace("Avgift til staten.", "Avgift til staten på 25 prosent.", StringComparison.Ordinal));
        var result = await site.BuildAsync();

        Assert.True(result.Succeeded, DiagnosticAssert.Dump(result.Diagnostics));
        Assert.NotEqual(before, Snapshot(site.OutputFolder));
        Assert.DoesNotContain(Directory.GetDirectories(site.Root), d => Path.GetFileName(d).Contains("staging", StringComparison.Ordinal));
    }

    /// <summary>Every file under the folder: relative path and SHA-256, sorted.</summary>
    private static List<string> Snapshot(string folder) =>
        [.. Directory.GetFiles(folder, "*", SearchOption.AllDirectories)
            .Select(f => $"{Path.GetRelativePath(folder, f).Replace('\\', '/')} {Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))}")
            .Order(StringComparer.Ordinal)];
}
