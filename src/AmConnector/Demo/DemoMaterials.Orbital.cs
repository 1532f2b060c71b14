using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

internal static partial class DemoMaterials
{
    /// <summary>Orbital: the vector-manufacturing materials (transfection reagent, plasmid, vector).</summary>
    private static void AddOrbital(DemoSet set)
    {
        Register(set, "PEI", "ORB", new Material
        {
            CatalogueNumber = "OV-PEI-1ML",
            Name = "Linear polyethylenimine transfection reagent (40 kDa), 1 mg/mL",
            Category = MaterialCategory.TransfectionReagent,
            Origin = MaterialOrigin.Chemical,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Grade = MaterialGrade.Reagent,
            // Contact with the active substance is still being discussed with QA: an open Annex A answer, so not yet in scope.
            Scope = new ScopeAnswers { UsedInCellProcessing = true, IntendedInFinalProduct = false },
            ProcessStage = "Lentiviral vector production (transfection)",
            Storage = Stored(-25, -15),
            ShelfLifeMonths = 24,
            Composition = [Part("Linear polyethylenimine, 40 kDa", 1, "mg/mL"), Part("Water for injection")],
            Specifications =
            [
                UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(10, "[EU]/mg")),
                UserSpec("Identity", "1H-NMR", DemoSpecs.Expect(QualitativeOutcome.Conforms)),
            ],
        });

        Register(set, "PDNA", "ORB", new Material
        {
            CatalogueNumber = "OV-PDNA-GAGPOL-1",
            Name = "Packaging plasmid DNA (gag/pol), GMP-source, 1 mg",
            Category = MaterialCategory.Plasmid,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Escherichia coli DH5α (host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Lentiviral vector production (transfection)",
            Storage = Stored(-90, -65),
            ShelfLifeMonths = 24,
            Composition = [Part("Plasmid DNA pGagPol-2", 1, "mg/mL"), Part("Tris-EDTA buffer, pH 8.0")],
        });

        Register(set, "LV", "ORB", new Material
        {
            CatalogueNumber = "OV-LV-CD19-1E9",
            Name = "Lentiviral vector (anti-CD19 CAR), GMP, 1 × 10⁹ TU",
            Description = "Third-generation, VSV-G pseudotyped, produced by transient transfection of HEK293T cells.",
            Category = MaterialCategory.ViralVector,
            Origin = MaterialOrigin.RecombinantMammalian,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerivedInProcess,
            Species = "HEK293T producer cells",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = false,
            Scope = AncillaryMaterial(),
            ProcessStage = "Transduction",
            Storage = Stored(-90, -65, conditions: "Thaw once; do not refreeze."),
            ShelfLifeMonths = 12,
            Composition = [Part("Lentiviral vector particles", 1000, "10*6{TU}"), Part("Formulation buffer", proprietary: true)],
            Specifications =
            [
                UserSpec("Infectious titre", "Flow cytometry (transduction of HT-1080)", DemoSpecs.AtLeast(100, "10*6{TU}/mL")),
                UserSpec("Replication-competent lentivirus", "C8166 co-culture, p24 ELISA", DemoSpecs.Expect(QualitativeOutcome.Negative)),
                UserSpec("Mycoplasma", "Ph. Eur. 2.6.7", DemoSpecs.Expect(QualitativeOutcome.NotDetected)),
            ],
        });
    }
}
