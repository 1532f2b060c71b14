using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

internal static partial class DemoMaterials
{
    /// <summary>Helix: recombinant cytokines from <i>E. coli</i>, one licensed (IL-2) and three GMP.</summary>
    private static void AddHelix(DemoSet set)
    {
        Register(set, "IL2", "HLX", new Material
        {
            CatalogueNumber = "HX-IL2-22M",
            Name = "Aldesleukin (IL-2), 1.3 mg (22 MIU) vial, licensed",
            Category = MaterialCategory.CytokineGrowthFactor,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Escherichia coli (expression host)",
            Grade = MaterialGrade.LicensedDrug,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell expansion",
            Storage = Stored(2, 8, dark: true),
            ShelfLifeMonths = 24,
            Composition =
            [
                Part("Aldesleukin", 1.3m, "mg"),
                Part("Mannitol", 50, "mg"),
                Part("Sodium dodecyl sulfate", 0.18m, "mg"),
                Part("Sodium phosphates (buffer)", 1.2m, "mg"),
            ],
        });

        Cytokine(set, "IL7", "HX-IL7-GMP-50", "Recombinant human IL-7, GMP, 50 µg", "031452");

        // The user's endotoxin limit is half the supplier's: IL-15 is dosed high in the NK process.
        Cytokine(set, "IL15", "HX-IL15-GMP-50", "Recombinant human IL-15, GMP, 50 µg", "031453").Specifications.Add(
            UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(0.05m, "[EU]/ug")));

        Cytokine(set, "GMCSF", "HX-GMCSF-GMP-100", "Recombinant human GM-CSF, GMP, 100 µg", "031454");
    }

    private static Material Cytokine(DemoSet set, string key, string catalogueNumber, string name, string dmfNumber) =>
        Register(set, key, "HLX", new Material
        {
            CatalogueNumber = catalogueNumber,
            Name = name,
            Description = "Lyophilised from a 0.2 µm-filtered solution without carrier protein.",
            Category = MaterialCategory.CytokineGrowthFactor,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Escherichia coli (expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell expansion",
            Storage = Stored(2, 8, conditions: "Lyophilised; after reconstitution store at −20 °C or below."),
            ShelfLifeMonths = 24,
            Dmf = new DrugMasterFile { Type = "II", Number = dmfNumber },
            Specifications = [UserSpec("Purity", "RP-HPLC", DemoSpecs.AtLeast(95, "%"))],
        });
}
