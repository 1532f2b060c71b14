using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

internal static partial class DemoMaterials
{
    /// <summary>Northwind: sera, albumins and the two formulated media.</summary>
    private static void AddNorthwind(DemoSet set)
    {
        Register(set, "FBS", "NWB", new Material
        {
            CatalogueNumber = "NB-FBS-500",
            Name = "Fetal Bovine Serum, gamma-irradiated, 500 mL",
            Description = "Pooled fetal bovine serum, sterile-filtered (0.1 µm) and gamma-irradiated (25–40 kGy).",
            Category = MaterialCategory.Serum,
            Origin = MaterialOrigin.Animal,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerived,
            Species = "Bos taurus",
            Tissue = "Fetal blood",
            CountriesOfOrigin = ["AU", "NZ", "US"],
            Grade = MaterialGrade.Reagent,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell expansion",
            Storage = Stored(-30, -10, dark: true, "Avoid repeated freeze–thaw."),
            ShelfLifeMonths = 60,
            Composition = [Part("Fetal bovine serum", 100, "%")],
            Specifications =
            [
                UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(10, "[EU]/mL")),
                // Stricter than the supplier's ≤ 20 mg/dL: haemolysed serum slows T-cell expansion.
                UserSpec("Haemoglobin", "Spectrophotometry", DemoSpecs.AtMost(15, "mg/dL"), use: "T-cell expansion"),
                UserSpec("Mycoplasma", "Ph. Eur. 2.6.7", DemoSpecs.Expect(QualitativeOutcome.NotDetected)),
            ],
        }, "bovine serum");

        // Deliberately without a certificate of origin on file: the demo's "required certificate missing" case.
        Register(set, "HABS", "NWB", new Material
        {
            CatalogueNumber = "NB-HABS-100",
            Name = "Human AB Serum, off-the-clot, pooled, 100 mL",
            Description = "Serum from screened male AB donors at licensed collection centres, pooled and heat-inactivated.",
            Category = MaterialCategory.Serum,
            Origin = MaterialOrigin.Human,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerived,
            Species = "Homo sapiens",
            Tissue = "Whole blood (off-the-clot serum)",
            CountriesOfOrigin = ["US"],
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell expansion",
            Storage = Stored(-30, -15, dark: true),
            ShelfLifeMonths = 24,
            Composition = [Part("Human AB serum, heat-inactivated (56 °C, 30 min)", 100, "%")],
            Specifications =
            [
                UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(5, "[EU]/mL")),
                UserSpec("Sterility", "USP <71>", DemoSpecs.Expect(QualitativeOutcome.Pass)),
            ],
        }, "pooled human donor serum");

        // Licensed, so rule 1 (tier 1) fires before rule 2 would make a human-plasma product tier 4.
        Register(set, "HSA", "NWB", new Material
        {
            CatalogueNumber = "NB-HSA25-50",
            Name = "Human Serum Albumin 25 % solution (licensed), 50 mL",
            Category = MaterialCategory.Supplement,
            Origin = MaterialOrigin.Human,
            AnimalOriginStatus = AnimalOriginStatus.AnimalDerived,
            Species = "Homo sapiens",
            Tissue = "Plasma (fractionated)",
            CountriesOfOrigin = ["US", "DE"],
            Grade = MaterialGrade.LicensedDrug,
            Scope = AncillaryMaterial(),
            ProcessStage = "Cell wash and formulation buffer",
            Storage = Stored(2, 30, dark: true, "Do not freeze."),
            ShelfLifeMonths = 36,
            Composition =
            [
                Part("Human albumin", 250, "g/L"),
                Part("Sodium caprylate", 20, "mmol/L"),
                Part("N-acetyl-DL-tryptophan", 20, "mmol/L"),
            ],
        }, "human plasma");

        Register(set, "RHSA", "NWB", new Material
        {
            CatalogueNumber = "NB-RHSA-10",
            Name = "Recombinant Human Albumin (yeast-expressed), GMP, 10 g",
            Category = MaterialCategory.Supplement,
            Origin = MaterialOrigin.RecombinantMicrobial,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Species = "Saccharomyces cerevisiae (expression host)",
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "Medium supplementation",
            Storage = Stored(2, 8),
            ShelfLifeMonths = 36,
            Composition = [Part("Recombinant human albumin", 200, "g/L"), Part("Sodium octanoate", 16, "mmol/L")],
            Dmf = new DrugMasterFile { Type = "II", Number = "031877" },
        });

        Register(set, "DMSO", "NWB", new Material
        {
            CatalogueNumber = "NB-CRYO10-100",
            Name = "Cryopreservation medium with 10 % DMSO, 100 mL",
            Category = MaterialCategory.Cryoprotectant,
            Origin = MaterialOrigin.Chemical,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Grade = MaterialGrade.Compendial,
            Scope = AncillaryMaterial(),
            ProcessStage = "Cryopreservation of the drug product",
            Storage = Stored(2, 8, dark: true),
            ShelfLifeMonths = 24,
            Composition =
            [
                Part("Dimethyl sulfoxide (Ph. Eur./USP)", 10, "%"),
                Part("Isotonic electrolyte base", proprietary: true),
            ],
            Specifications =
            [
                UserSpec("Endotoxin", "USP <85>", DemoSpecs.AtMost(0.5m, "[EU]/mL")),
                UserSpec("Sterility", "USP <71>", DemoSpecs.Expect(QualitativeOutcome.Pass)),
            ],
        });

        Register(set, "TCM", "NWB", new Material
        {
            CatalogueNumber = "NB-TXV-1L",
            Name = "Serum-free T-cell expansion medium, GMP, 1 L",
            Description = "Chemically defined basal medium with recombinant supplements; formulation proprietary.",
            Category = MaterialCategory.Medium,
            Origin = MaterialOrigin.Chemical,
            AnimalOriginStatus = AnimalOriginStatus.AnimalComponentFree,
            Grade = MaterialGrade.Gmp,
            IntendedAsAncillaryMaterial = true,
            Scope = AncillaryMaterial(),
            ProcessStage = "T-cell expansion",
            Storage = Stored(2, 8, dark: true),
            ShelfLifeMonths = 12,
            Composition =
            [
                Part("Basal medium (amino acids, vitamins, inorganic salts)", proprietary: true),
                Part("Recombinant human insulin", 10, "mg/L", proprietary: true),
                Part("Recombinant human transferrin", 5.5m, "mg/L", proprietary: true),
                Part("L-alanyl-L-glutamine", 4, "mmol/L"),
            ],
            Dmf = new DrugMasterFile { Type = "II", Number = "035210" },
        });
    }
}
