using AmConnector.Materials;
using static AmConnector.Materials.AnimalOriginStatus;
using static AmConnector.Materials.MaterialCategory;
using static AmConnector.Materials.MaterialGrade;
using static AmConnector.Materials.MaterialOrigin;

namespace AmConnector.Tests.Materials;

/// <summary>
/// The sample materials of domain.md §7, built here rather than taken from the demo seed so the
/// tier tests check the domain table, not the seed. IL-7/IL-15/GM-CSF and porcine/recombinant
/// trypsin are separate materials, and FBS appears as both grades the table names (RUO/reagent).
/// </summary>
internal static class Section7Materials
{
    private static readonly Dictionary<string, Func<Material>> Samples = new(StringComparer.Ordinal)
    {
        ["Fetal bovine serum (reagent)"] = () => Make(Serum, Animal, AnimalDerived, Reagent, false, "Bos taurus", "Fetal blood", countries: "AU NZ US"),
        ["Fetal bovine serum (RUO)"] = () => Make(Serum, Animal, AnimalDerived, ResearchUseOnly, false, "Bos taurus", "Fetal blood", countries: "AU NZ US"),
        ["Human AB serum"] = () => Make(Serum, Human, AnimalDerived, Gmp, true, "Homo sapiens", "Whole blood (off-the-clot serum)", countries: "US"),
        ["Human serum albumin"] = () => Make(Supplement, Human, AnimalDerived, LicensedDrug, false, "Homo sapiens", "Plasma (fractionated)", countries: "US DE"),
        ["Recombinant HSA"] = () => Make(Supplement, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Saccharomyces cerevisiae (expression host)", dmf: "031877"),
        ["IL-2 (aldesleukin)"] = () => Make(CytokineGrowthFactor, RecombinantMicrobial, AnimalComponentFree, LicensedDrug, false, "Escherichia coli (expression host)"),
        ["IL-7"] = () => Make(CytokineGrowthFactor, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli (expression host)", dmf: "034101"),
        ["IL-15"] = () => Make(CytokineGrowthFactor, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli (expression host)", dmf: "034102"),
        ["GM-CSF"] = () => Make(CytokineGrowthFactor, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli (expression host)", dmf: "034103"),
        ["CD3/CD28 activation beads"] = () => Make(ActivationReagent, RecombinantMammalian, AnimalComponentFree, Gmp, true, "CHO cells (antibody expression host)", dmf: "MAF-4471"),
        ["Fibronectin fragment (CH-296)"] = () => Make(Other, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli (expression host)"),
        ["DMSO cryomedium"] = () => Make(Cryoprotectant, Chemical, AnimalComponentFree, Compendial, true),
        ["Trypsin (porcine)"] = () => Make(Enzyme, Animal, AnimalDerived, Reagent, false, "Sus scrofa domesticus", "Pancreas", countries: "US CA"),
        ["Recombinant trypsin"] = () => Make(Enzyme, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Pichia pastoris (expression host)"),
        ["Collagenase"] = () => Make(Enzyme, Microbial, AnimalDerivedInProcess, Gmp, true, "Clostridium histolyticum", dmf: "027740"),
        ["Benzonase-type nuclease"] = () => Make(Enzyme, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli (expression host)"),
        ["Serum-free T-cell medium"] = () => Make(Medium, Chemical, AnimalComponentFree, Gmp, true, dmf: "035210"),
        ["PEI transfection reagent"] = () => Make(TransfectionReagent, Chemical, AnimalComponentFree, Reagent, false),
        ["Plasmid DNA"] = () => Make(MaterialCategory.Plasmid, RecombinantMicrobial, AnimalComponentFree, Gmp, true, "Escherichia coli DH5α (host)"),
        ["Lentiviral vector"] = () => Make(ViralVector, RecombinantMammalian, AnimalComponentFree, Gmp, false, "HEK293T producer cells"),
    };

    public static IReadOnlyCollection<string> Names => Samples.Keys;

    /// <summary>A new instance each call, so a test may change it freely.</summary>
    public static Material Get(string name) => Samples[name]();

    private static Material Make(MaterialCategory category, MaterialOrigin origin, AnimalOriginStatus animal, MaterialGrade grade,
        bool intended, string? species = null, string? tissue = null, string? dmf = null, string countries = "") => new()
    {
        SupplierCode = "T7",
        CatalogueNumber = $"T7-{category}-{grade}",
        Category = category,
        Origin = origin,
        AnimalOriginStatus = animal,
        Grade = grade,
        IntendedAsAncillaryMaterial = intended,
        Species = species,
        Tissue = tissue,
        CountriesOfOrigin = [.. countries.Split(' ', StringSplitOptions.RemoveEmptyEntries)],
        Dmf = dmf is null ? new DrugMasterFile() : new DrugMasterFile { Type = dmf.StartsWith("MAF", StringComparison.Ordinal) ? "MAF" : "II", Number = dmf },
        Scope = new ScopeAnswers { UsedInCellProcessing = true, InContactWithActiveSubstance = true, IntendedInFinalProduct = false },
    };
}
