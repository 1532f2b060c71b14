using AmConnector.Certificates;
using static AmConnector.Certificates.QualitativeOutcome;
using static AmConnector.Demo.DemoCoaLine;
using static AmConnector.Demo.DemoSpecs;

namespace AmConnector.Demo;

/// <summary>The supplier's CoA tests per material: the "CoA lines worth having" of domain.md §7.</summary>
internal static class DemoCoaLines
{
    public static IReadOnlyList<DemoCoaLine> For(string materialKey) => materialKey switch
    {
        "FBS" =>
        [
            Numeric("Endotoxin", "USP <85>", AtMost(10, "[EU]/mL"), 2.1m),
            Numeric("pH", "USP <791>", Between(6.7m, 7.6m, "[pH]"), 7.3m),
            Numeric("Osmolality", "USP <785>", Between(280, 340, "mosm/kg"), 306),
            Numeric("Haemoglobin", "Spectrophotometry", AtMost(20, "mg/dL"), 9.8m),
            Qualitative("Mycoplasma", "Ph. Eur. 2.6.7", NotDetected),
            Qualitative("BVDV", "9 CFR 113.53", Negative),
            Qualitative("IBR", "9 CFR 113.53", Negative),
            Qualitative("PI-3", "9 CFR 113.53", Negative),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "HABS" =>
        [
            Qualitative("HBsAg (donor screening)", "FDA-licensed donor screening test", Negative),
            Qualitative("Anti-HIV-1/2 (donor screening)", "FDA-licensed donor screening test", Negative),
            Qualitative("Anti-HCV (donor screening)", "FDA-licensed donor screening test", Negative),
            Qualitative("HIV-1/HCV/HBV NAT (donor screening)", "FDA-licensed NAT", Negative),
            Qualitative("Sterility", "USP <71>", Pass),
            Numeric("Endotoxin", "USP <85>", AtMost(10, "[EU]/mL"), 0.9m),
            Qualitative("Mycoplasma", "Ph. Eur. 2.6.7", NotDetected),
        ],
        "HSA" =>
        [
            Qualitative("Official lot release", "Lot release protocol (licensed product)", Conforms),
            Numeric("Total protein", "Ph. Eur. 2.5.33", Between(240, 260, "g/L"), 249),
            Qualitative("Sterility", "Ph. Eur. 2.6.1", Pass),
        ],
        "RHSA" =>
        [
            Numeric("Purity", "SEC-HPLC", AtLeast(99, "%"), 99.6m),
            Numeric("Endotoxin", "USP <85>", AtMost(0.5m, "[EU]/mg"), 0.05m),
            Numeric("Host-cell protein", "ELISA", AtMost(10, "ng/mg"), 2.3m),
        ],
        "IL2" =>
        [
            Qualitative("Identity", "Peptide mapping", Conforms),
            Numeric("Potency", "CTLL-2 proliferation", AtLeast(15_000_000, "[IU]/mg"), 18_200_000),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "IL7" or "IL15" or "GMCSF" =>
        [
            Numeric("Biological activity (ED50)", "Cell proliferation bioassay", AtMost(1, "ng/mL"), 0.35m),
            Numeric("Endotoxin", "USP <85>", AtMost(0.1m, "[EU]/ug"), 0.02m),
            Numeric("Purity", "RP-HPLC", AtLeast(95, "%"), 98.2m),
            Numeric("Host-cell DNA", "qPCR", LessThan(1, "ng/mg"), 0.12m),
        ],
        "BEADS" =>
        [
            Numeric("Bead count", "Coulter counter", Between(36, 44, "10*6/mL"), 40.3m),
            Qualitative("Sterility", "USP <71>", Pass),
            Numeric("Endotoxin", "USP <85>", AtMost(0.5m, "[EU]/mL"), 0.1m),
        ],
        "FN" =>
        [
            Numeric("Purity", "SDS-PAGE densitometry", AtLeast(95, "%"), 97.5m),
            Numeric("Endotoxin", "USP <85>", AtMost(1, "[EU]/mg"), 0.2m),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "DMSO" =>
        [
            Qualitative("Identity (DMSO)", "IR spectroscopy", Conforms),
            Numeric("DMSO content", "GC", Between(9.5m, 10.5m, "%"), 10.02m),
            Numeric("Endotoxin", "USP <85>", AtMost(0.5m, "[EU]/mL"), 0.05m),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "TRYP" =>
        [
            Numeric("Trypsin activity", "USP BAEE assay", Between(1800, 2600, "U/mL"), 2250),
            Qualitative("Porcine parvovirus", "9 CFR 113.47", NotDetected),
            Qualitative("Porcine circovirus 1/2", "qPCR", NotDetected),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "RTRYP" =>
        [
            Numeric("Protease activity", "BAEE assay", Between(1800, 2600, "U/mL"), 2190),
            Numeric("Endotoxin", "USP <85>", AtMost(1, "[EU]/mL"), 0.1m),
            Qualitative("Sterility", "USP <71>", Pass),
        ],
        "COLL" =>
        [
            Numeric("Collagenase activity", "Wünsch (PZ) assay", AtLeast(0.1m, "U/mg"), 0.14m),
            Numeric("Neutral protease activity", "Casein assay", AtMost(0.5m, "U/mg"), 0.21m),
            Numeric("Clostripain activity", "BAEE assay", AtMost(1, "U/mg"), 0.4m),
            Numeric("Endotoxin", "USP <85>", AtMost(10, "[EU]/mg"), 0.8m),
        ],
        "NUC" =>
        [
            Numeric("Specific activity", "Kunitz assay", AtLeast(1_000_000, "U/mg"), 1_150_000),
            Numeric("Purity", "SDS-PAGE", AtLeast(99, "%"), 99.4m),
            Qualitative("Residual-nuclease ELISA suitability", "Sandwich ELISA", Conforms),
        ],
        "TCM" =>
        [
            Numeric("pH", "USP <791>", Between(7.0m, 7.4m, "[pH]"), 7.2m),
            Numeric("Osmolality", "USP <785>", Between(270, 310, "mosm/kg"), 292),
            Numeric("Endotoxin", "USP <85>", AtMost(0.5m, "[EU]/mL"), 0.1m),
            Qualitative("Sterility", "USP <71>", Pass),
            Qualitative("Growth promotion (primary T cells, 10 days)", "Supplier method QC-114", Pass),
        ],
        "PEI" =>
        [
            Qualitative("Identity", "1H-NMR", Conforms),
            Numeric("Purity", "HPLC", AtLeast(95, "%"), 97.8m),
            Numeric("Endotoxin", "USP <85>", AtMost(10, "[EU]/mg"), 1.2m),
        ],
        "PDNA" =>
        [
            Numeric("Supercoiled content", "Capillary gel electrophoresis", AtLeast(80, "%"), 91.5m),
            Numeric("Residual host DNA", "qPCR", AtMost(2, "%"), 0.4m),
            Numeric("Residual host RNA", "HPLC", AtMost(2, "%"), 0.3m),
            Numeric("Residual host protein", "BCA", AtMost(1, "%"), 0.1m),
            Numeric("Endotoxin", "USP <85>", AtMost(10, "[EU]/mg"), 0.7m),
            Qualitative("Sequence", "Full-plasmid sequencing", Conforms),
        ],
        "LV" =>
        [
            Numeric("Infectious titre", "Flow cytometry (transduction of HT-1080)", AtLeast(100, "10*6{TU}/mL"), 320),
            Qualitative("Replication-competent lentivirus", "C8166 co-culture, p24 ELISA", Negative),
            Qualitative("Sterility", "USP <71>", Pass),
            Qualitative("Mycoplasma", "Ph. Eur. 2.6.7", NotDetected),
        ],
        _ => throw new ArgumentOutOfRangeException(nameof(materialKey), materialKey, "no demo CoA lines for this material"),
    };
}
