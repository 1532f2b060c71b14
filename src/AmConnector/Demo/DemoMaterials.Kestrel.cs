using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

internal static partial class DemoMaterials
{
    /// <summary>Kestrel: activation beads, a coating protein and the enzymes.</summary>
    private static void AddKestrel(DemoSet set)
    {
        Register(set, "BEADS", "KSR", new Material
        {
            CatalogueNumber = "KS-CD3CD28-10",
            Name = "Anti-CD3/CD28 activation beads, GMP, 10 mL",
            Description = "Superparamagnetic 4.5 µm beads with covalently coupled anti-CD3 and anti-CD28 antibodies.",
            Category = MaterialCategory.ActivationReagent,
            Origin = MaterialOrigin.RecombinantMammalian,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "CHO cells (antibody expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell activation",
            Storage = Stored(2, 8, conditions: "Do not freeze; keep vials upright."),
            ShelfLifeMonths = 24,
            Composition =
            [
                Part("Superparamagnetic polystyrene beads, 4.5 µm", 40, "10*6/mL"),
                Part("Anti-human CD3 antibody (coupled)", proprietary: true),
                Part("Anti-human CD28 antibody (coupled)", proprietary: true),
                Part("Phosphate-buffered saline, pH 7.4"),
            ],
            Dmf = new DrugMasterFile { Type = "MAF", Number = "MAF-4471" },
        });

        Register(set, "FN", "KSR", new Material
        {
            CatalogueNumber = "KS-FN-CH296-2.5",
            Name = "Recombinant fibronectin fragment (CH-296), GMP, 2.5 mg",
            Description = "Coating reagent that co-localises vector and cells to raise transduction efficiency.",
            Category = MaterialCategory.Other,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Escherichia coli (expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Transduction (bag coating)",
            Storage = Stored(2, 8),
            ShelfLifeMonths = 36,
            Composition = [Part("Recombinant human fibronectin fragment CH-296", 1, "mg/mL")],
            Dmf = new DrugMasterFile { Type = "II", Number = "029915" },
        });

        Register(set, "TRYP", "KSR", new Material
        {
            CatalogueNumber = "KS-TRYP-P-100",
            Name = "Trypsin-EDTA 0.25 % (porcine pancreas), gamma-irradiated, 100 mL",
            Category = MaterialCategory.Enzyme,
            Origin = MaterialOrigin.Animal,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerived,
            Species = "Sus scrofa domesticus",
            Tissue = "Pancreas",
            CountriesOfOrigin = ["US", "CA"],
            Grade = MaterialGrade.Reagent,
            Scope = AncillaryMaterial(),
            ProcessStage = "Adherent producer-cell passaging",
            Storage = Stored(-25, -15),
            ShelfLifeMonths = 36,
            Composition = [Part("Porcine trypsin", 2.5m, "g/L"), Part("EDTA", 1, "mmol/L")],
            Specifications = [UserSpec("Porcine parvovirus", "9 CFR 113.47", DemoSpecs.Expect(QualitativeOutcome.NotDetected))],
        }, "porcine pancreatic trypsin");

        Register(set, "RTRYP", "KSR", new Material
        {
            CatalogueNumber = "KS-TRYP-R-100",
            Name = "Recombinant trypsin-like protease, animal-origin-free, GMP, 100 mL",
            Category = MaterialCategory.Enzyme,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Pichia pastoris (expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Adherent producer-cell passaging",
            Storage = Stored(15, 30),
            ShelfLifeMonths = 24,
            Composition = [Part("Recombinant trypsin-like protease", proprietary: true), Part("EDTA", 1, "mmol/L")],
            Dmf = new DrugMasterFile { Type = "II", Number = "033602" },
        });

        var collagenase = Register(set, "COLL", "KSR", new Material
        {
            CatalogueNumber = "KS-COLL-GMP-500",
            Name = "Collagenase (Clostridium histolyticum), GMP, 500 mg",
            Category = MaterialCategory.Enzyme,
            Origin = MaterialOrigin.Microbial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerivedInProcess,
            Species = "Clostridium histolyticum",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Tissue digestion (starting material)",
            Storage = Stored(-25, -15),
            ShelfLifeMonths = 36,
            Composition = [Part("Collagenase class I and II", 500, "mg"), Part("Neutral protease (residual)", proprietary: true)],
            Dmf = new DrugMasterFile { Type = "II", Number = "027740" },
            Specifications = [UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(5, "[EU]/mg"))],
        });
        // The rules say tier 2; QA treats it as tier 3 while the fermentation still uses bovine peptone.
        DemoTier.Override(collagenase, 3,
            "Fermentation medium contains bovine-derived peptone (animal-derived in process); treated as tier 3 until the supplier's animal-free process is validated.");

        Register(set, "NUC", "KSR", new Material
        {
            CatalogueNumber = "KS-NUC-250KU",
            Name = "Recombinant endonuclease (Serratia marcescens type), GMP, 250 kU",
            Category = MaterialCategory.Enzyme,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Escherichia coli (expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Vector harvest clarification",
            Storage = Stored(-25, -15),
            ShelfLifeMonths = 36,
            Composition = [Part("Endonuclease", 250, "kU"), Part("Glycerol", 50, "%")],
            Dmf = new DrugMasterFile { Type = "II", Number = "030118" },
        });
    }
}
