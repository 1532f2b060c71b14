using AmConnector.Risk;
using static AmConnector.Risk.HazardCategory;

namespace AmConnector.Demo;

/// <summary>
/// Risk assessments (ISO 20399 §6) for the biological materials and a few others. Probabilities,
/// severities and mitigations are the demo's; scores and levels come from <see cref="RiskScoring"/>,
/// exactly as a write through the API would derive them.
/// </summary>
internal static class DemoRisk
{
    public static void Add(DemoSet set)
    {
        Assess(set, "FBS", "T-cell expansion", -200, 165,
            "Bovine serum: adventitious agents remain the dominant risk despite irradiation; plan to move to serum-free medium.",
            Hazard(AdventitiousAgent, "Bovine viruses (BVDV, IBR, PI-3) and mycoplasma.", 4, 5, "Gamma irradiation 25–40 kGy; 9 CFR testing on CoA.", 3, 5),
            Hazard(Tse, "BSE from bovine source material.", 2, 5, "AU/NZ/US origin (negligible BSE risk); TSE/BSE statement on file.", 1, 5),
            Hazard(PerformanceVariability, "Lot-to-lot variability of growth-promoting activity.", 4, 3, "In-house growth-promotion test per lot."),
            Hazard(ImpurityOrToxicity, "Endotoxin above limit.", 3, 4, "Endotoxin on every CoA; user limit ≤ 10 EU/mL.", 2, 4));

        Assess(set, "HABS", "T-cell expansion", -150, 215,
            "Human donor material with incomplete origin documentation.",
            Hazard(AdventitiousAgent, "Blood-borne viruses (HIV, HBV, HCV) from donors.", 3, 5, "Licensed donor screening and NAT; heat inactivation.", 2, 5),
            Hazard(Tse, "vCJD transmission.", 1, 5, "Donor deferral policy (TSE statement)."),
            Hazard(Documentation, "No certificate of origin: donor country cannot be confirmed.", 4, 4, "Lots not released until the certificate is on file."));

        Assess(set, "HSA", "Cell wash and formulation buffer", -300, 65,
            "Licensed plasma-derived product; residual viral risk controlled by the licence.",
            Hazard(AdventitiousAgent, "Plasma-borne viruses.", 2, 5, "Licensed product with validated pasteurisation.", 1, 5),
            Hazard(Supply, "Plasma supply constraints.", 2, 3));

        Assess(set, "TRYP", "Adherent producer-cell passaging", -40, 140,
            "Porcine enzyme with a lapsed TSE statement and a discontinuation announced; move to recombinant trypsin.",
            Hazard(AdventitiousAgent, "Porcine parvovirus and circovirus.", 3, 5, "Gamma irradiation; 9 CFR 113.47 panel per lot.", 2, 5),
            Hazard(Tse, "TSE from porcine source (low).", 1, 5),
            Hazard(Documentation, "TSE/BSE statement lapsed.", 3, 3, "Renewal requested from Kestrel."),
            Hazard(Supply, "Product discontinued by the supplier.", 5, 3, "Qualify the recombinant alternative KS-TRYP-R-100."));

        Assess(set, "COLL", "Tissue digestion (starting material)", -90, 275,
            "Microbial enzyme made with animal-derived peptone; activity drives digestion yield.",
            Hazard(Tse, "Bovine peptone in the fermentation medium.", 2, 5, "TSE/BSE statement; peptone from negligible-risk countries."),
            Hazard(PerformanceVariability, "Collagenase/neutral-protease ratio varies between lots.", 3, 3, "Per-lot digestion test on reference tissue."));

        Assess(set, "IL15", "NK-cell expansion", -30, 335,
            "Recombinant cytokine; endotoxin is the hazard that matters at the doses used.",
            Hazard(ImpurityOrToxicity, "Endotoxin carried into the culture at high cytokine doses.", 3, 4, "User endotoxin limit ≤ 0.05 EU/µg."),
            Hazard(PerformanceVariability, "Potency drift between lots.", 2, 3));

        Assess(set, "IL2", "T-cell expansion", -400, -35,
            "Licensed drug product; low risk. Review overdue.",
            Hazard(PerformanceVariability, "Potency variation between lots.", 2, 2),
            Hazard(Supply, "Single licensed source.", 2, 3));

        Assess(set, "LV", "Transduction", -70, 295,
            "GMP vector not made as an AM; replication-competent lentivirus and residuals are the key hazards.",
            Hazard(AdventitiousAgent, "Replication-competent lentivirus.", 2, 5, "RCL testing on every lot; third-generation split packaging."),
            Hazard(ImpurityOrToxicity, "Residual plasmid and host-cell DNA, nuclease.", 3, 3, "Supplier purification; residual tests on CoA."),
            Hazard(Documentation, "Supplier approval conditional; quality agreement still a draft.", 3, 3, "CAPA follow-up at next audit."));

        Assess(set, "BEADS", "T-cell activation", -250, 115,
            "GMP activation beads; bead carry-over into the product is the main concern.",
            Hazard(ImpurityOrToxicity, "Residual beads in the final product.", 3, 4, "Magnetic bead removal; residual bead count release test.", 1, 4),
            Hazard(PerformanceVariability, "Activation strength varies with bead count.", 2, 3));

        Assess(set, "RTRYP", "Adherent producer-cell passaging", -60, 305,
            "Animal-origin-free recombinant enzyme, GMP.",
            Hazard(PerformanceVariability, "Dissociation efficiency differs from porcine trypsin.", 2, 3, "Comparability study during qualification."));
    }

    private static RiskHazard Hazard(HazardCategory category, string description, int probability, int severity,
        string? mitigation = null, int? residualProbability = null, int? residualSeverity = null) => new()
        {
            Category = category,
            Description = description,
            Probability = probability,
            Severity = severity,
            Mitigation = mitigation,
            ResidualProbability = residualProbability,
            ResidualSeverity = residualSeverity,
        };

    private static void Assess(DemoSet set, string materialKey, string useContext, int assessedOffset, int reviewOffset,
        string summary, params RiskHazard[] hazards)
    {
        var material = set.Materials[materialKey];
        var assessment = new RiskAssessment
        {
            MaterialId = material.Id,
            SupplierCode = material.SupplierCode,
            UseContext = useContext,
            Hazards = [.. hazards],
            Assessor = "qa.risk@site.example",
            AssessedAt = set.At(assessedOffset, 14),
            NextReviewDue = set.Day(reviewOffset),
            Summary = summary,
        };
        RiskScoring.Derive(assessment);
        set.RiskAssessments.Add(assessment);
    }
}
