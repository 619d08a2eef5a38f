using Phrasebook.Lunr.Index;
using Phrasebook.Lunr.Tests.Support;

namespace Phrasebook.Lunr.Tests.Corpora;

/// <summary>A few real entries of a Norwegian freight supplier's glossary.</summary>
internal static class GlossaryCorpus
{
    public static IReadOnlyList<TestDocument> Create() =>
    [
        Term("fraktbrev", "Fraktbrev", "Dokument som følger sendingen og viser avsender, mottaker, antall kolli og vekt. Fraktbrevet er kvittering for at godset er mottatt.", ["CMR"]),
        Term("bunkerstillegg", "Bunkerstillegg (BAF)", "Tillegg som dekker endringer i drivstoffprisen. Beregnes i prosent av frakten og justeres månedlig.", ["BAF"]),
        Term("valutatillegg", "Valutatillegg (CAF)", "Tillegg for valutasvingninger når frakten er avtalt i en annen valuta enn fakturaen.", ["CAF"]),
        Term("terminalhandtering", "Terminalhåndtering (THC)", "Kostnad for håndtering av containeren på terminalen, f.eks. løft fra skip til kai.", ["THC"]),
        Term("tollklarering", "Tollklarering", "Deklarering av varer for Tolletaten ved inn- og utførsel. Krever varenummer (HS-kode), verdi og opprinnelse.", ["TAD", "EAD"]),
        Term("europall", "Europall", "Standardpall på 120 × 80 cm. Brukes i nær all landtransport i Europa; maks 1 500 kg.", []),
        Term("farlig-gods", "Farlig gods (ADR)", "Varer som kan skade mennesker, miljø eller eiendom under transport, f.eks. batterier, gass og maling.", ["ADR", "UN"]),
        Term("incoterms/dap", "Levert på stedet (DAP)", "Incoterms 2020: selgeren leverer varene klare for lossing på avtalt sted; kjøperen betaler tollen.", ["DAP"]),
        Term("lastemeter", "Lastemeter (LDM)", "En meter av lasteplanet på en trailer i full bredde, 2,4 m². Gods som ikke kan stables, faktureres per lastemeter.", ["LDM"]),
        Term("volumvekt", "Volumvekt", "Vekt beregnet fra volum: 1 m³ = 333 kg for bil. Den høyeste av faktisk vekt og volumvekt faktureres.", []),
    ];

    private static TestDocument Term(string slug, string title, string body, string[] codes) =>
        new($"begrep/{slug}", new Dictionary<string, LunrValue> { ["title"] = title, ["body"] = body, ["codes"] = codes });
}
