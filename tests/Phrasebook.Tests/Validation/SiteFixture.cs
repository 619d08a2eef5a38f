using System.Text;
using Phrasebook.Build;
using Phrasebook.Content;
using Phrasebook.Engine.Diagnostics;

namespace Phrasebook.Tests.Validation;

/// <summary>
/// A minimal valid site in a temporary folder (deleted on Dispose): three languages, two roles, one
/// industry, three terms, one process in nb, a home page and a copy of the real default theme.
/// Tests overwrite single files with broken text and look at the diagnostics.
/// </summary>
public sealed class SiteFixture : IDisposable
{
    public const string Settings = """
        {
          "SiteTitle": {"nb": "Ordbok", "sv": "Ordlista", "en": "Phrasebook"},
          "Host": "hjelp.example.no",
          "Languages": ["nb", "sv", "en"],
          "Theme": "default",
          "OutputPath": "output"
        }
        """;

    public const string Roles = """
        - id: finance
          name: {nb: Økonomi, sv: Ekonomi, en: Finance}
          description: {nb: Du betaler fakturaene., sv: Du betalar fakturorna., en: You pay the invoices.}
        - id: purchaser
          name: {nb: Innkjøper, sv: Inköpare, en: Purchaser}
          description: {nb: Du bestiller frakt., sv: Du beställer frakt., en: You order freight.}
        """;

    public const string Industry = """
        id: logistics
        name: {nb: Transport, sv: Transport, en: Transport}
        description: {nb: Frakt på vei., sv: Frakt på väg., en: Freight by road.}
        """;

    public const string FuelSurcharge = """
        id: fuel-surcharge
        term: {nb: Drivstofftillegg, sv: Drivmedelstillägg, en: Fuel surcharge}
        customer_words:
          nb: [dieseltillegg]
        summary: {nb: Et tillegg som følger prisen på diesel., sv: Ett tillägg som följer priset på diesel., en: A charge that follows the diesel price.}
        explanation:
          nb: |
            Tillegget er en del av [frakten](term:freight-charge).
          sv: |
            Tillägget är en del av [frakten](term:freight-charge).
          en: |
            The surcharge is part of the [freight charge](term:freight-charge).
        roles:
          finance: {nb: Samme mva som frakten., sv: Samma moms som frakten., en: Same VAT as the freight.}
          purchaser: {nb: Be om et tak., sv: Be om ett tak., en: Ask for a cap.}
        invoice:
          codes: [FSC]
          patterns: ['FSC-\d{2}']
        related: [freight-charge]
        processes: [delivery]
        changes:
          - date: 2026-01-01
            note: {nb: Satsen er månedlig., sv: Satsen är månatlig., en: The rate is monthly.}
        """;

    public const string FreightCharge = """
        id: freight-charge
        term: {nb: Frakt, sv: Frakt, en: Freight charge}
        customer_words:
          nb: [fraktkostnad]
        summary: {nb: Prisen for transporten., sv: Priset för transporten., en: The price of the transport.}
        roles:
          finance: {nb: Frakt har mva., sv: Frakt har moms., en: Freight carries VAT.}
          purchaser: {nb: Avtalt pris., sv: Avtalat pris., en: The agreed price.}
        invoice:
          codes: [FRAKT]
        related: [fuel-surcharge]
        """;

    public const string Vat = """
        id: vat
        term: {nb: Merverdiavgift, sv: Mervärdesskatt, en: Value added tax}
        summary: {nb: Avgift til staten., sv: Skatt till staten., en: Tax to the state.}
        roles:
          finance: {nb: Kan trekkes fra., sv: Kan dras av., en: Can be deducted.}
          purchaser: {nb: Kommer i tillegg., sv: Tillkommer., en: Comes on top.}
        invoice:
          codes: ['MOMS 25%']
        """;

    public const string Delivery = """
        ---
        title: Slik fungerer levering
        summary: Fra henting til levering.
        roles: [purchaser]
        industries: [logistics]
        order: 1
        ---

        Vi henter varene. Se [frakt](term:freight-charge) og [FSC](code:FSC).
        """;

    public const string Index = """
        ---
        title: Velkommen
        ---

        Velkommen til ordboken.
        """;

    public const string TermsFolder = "input/industries/logistics";

    public SiteFixture()
    {
        Root = Path.Combine(Path.GetTempPath(), "phrasebook-validation-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Root);
        Write("statiq.json", Settings);
        Write("input/roles.yml", Roles);
        Write($"{TermsFolder}/industry.yml", Industry);
        Write($"{TermsFolder}/fuel-surcharge.yml", FuelSurcharge);
        Write($"{TermsFolder}/freight-charge.yml", FreightCharge);
        Write($"{TermsFolder}/vat.yml", Vat);
        Write("input/processes/delivery.nb.md", Delivery);
        Write("input/pages/index.nb.md", Index);
        CopyFolder(Path.Combine(RepositoryRoot, "themes", "default"), Path.Combine(Root, "themes", "default"));
    }

    public string Root { get; }

    public string OutputFolder => Path.Combine(Root, "output");

    /// <summary>The folder holding StaticSite.sln, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "StaticSite.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("StaticSite.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public string PathOf(string relativePath) => Path.Combine(Root, relativePath);

    public string Read(string relativePath) => File.ReadAllText(PathOf(relativePath));

    /// <summary>Writes (or overwrites) a file as UTF-8 without BOM, exactly the given text.</summary>
    public SiteFixture Write(string relativePath, string text) =>
        WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    public SiteFixture WriteBytes(string relativePath, byte[] bytes)
    {
        var path = Path.Combine(Root, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    /// <summary>Writes a term file into the logistics industry folder.</summary>
    public SiteFixture WriteTerm(string fileName, string text) => Write($"{TermsFolder}/{fileName}", text);

    public SiteFixture Delete(string relativePath)
    {
        var path = Path.Combine(Root, relativePath);
        if (Directory.Exists(path))
        {
            Directory.Delete(path, recursive: true);
        }
        else
        {
            File.Delete(path);
        }

        return this;
    }

    /// <summary>Runs only the content loader (read, parse, validate); diagnostics sorted as the build sorts them.</summary>
    public IReadOnlyList<Diagnostic> Load()
    {
        var bag = new DiagnosticBag();
        ContentLoader.Load(Root, bag, 2);
        return bag.ToSortedList();
    }

    public Task<BuildResult> BuildAsync() => SiteBuilder.BuildAsync(new BuildOptions { Root = Root, MaxParallelism = 2 });

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
