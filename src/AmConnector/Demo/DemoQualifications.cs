using AmConnector.Certificates;
using AmConnector.Qualifications;
using static AmConnector.Qualifications.QualificationActivityKind;

namespace AmConnector.Demo;

/// <summary>
/// Qualifications in every state of domain.md §4.2 but Retired, each with the activity checklist
/// its USP tier requires (§5.1, cumulative) and lot-to-lot performance tests.
/// </summary>
internal static class DemoQualifications
{
    public static void Add(DemoSet set)
    {
        var il2 = Qualify(set, "IL2", "T-cell expansion", QualificationStatus.Qualified, qualifiedOffset: -380, reviewOffset: 350);
        Waive(il2, DmfReference, "Licensed drug: the marketing authorisation is referenced instead of a DMF.");
        Test(set, il2, "AZ2301", "AZ2209", "CTLL-2 proliferation EC50 relative to reference", "0.94", "0.8–1.25", LineVerdict.Pass, -675);
        Test(set, il2, "AZ2407", "AZ2301", "CTLL-2 proliferation EC50 relative to reference", "1.07", "0.8–1.25", LineVerdict.Pass, -265);

        var beads = Qualify(set, "BEADS", "T-cell activation", QualificationStatus.Qualified, qualifiedOffset: -185, reviewOffset: 545);
        Test(set, beads, "BD-24-1140", null, "CD25+ of CD3+ at day 3", "87 %", "≥ 70 %", LineVerdict.Pass, -188);
        Test(set, beads, "BD-25-0217", "BD-24-1140", "CD25+ of CD3+ at day 3", null, "≥ 70 % and within 10 points of reference", LineVerdict.NotEvaluated, null);

        var fbs = Qualify(set, "FBS", "T-cell expansion", QualificationStatus.ConditionallyQualified, qualifiedOffset: -130, reviewOffset: 235,
            open: [PlanToMoveToGmpGrade]);
        fbs.Conditions = "In-house endotoxin and growth-promotion test on every lot until the serum-free medium NB-TXV-1L is qualified.";
        Test(set, fbs, "FB-25-0311", "FB-23-1187", "Fold expansion of primary T cells, day 10", "48-fold (reference 45-fold)", "≥ 80 % of reference", LineVerdict.Pass, -135);
        Test(set, fbs, "FB-25-0312", "FB-23-1187", "Fold expansion of primary T cells, day 10", "41-fold (reference 45-fold)", "≥ 80 % of reference", LineVerdict.Pass, -133);

        var il15 = Qualify(set, "IL15", "NK-cell expansion", QualificationStatus.RequalificationRequired, qualifiedOffset: -230, reviewOffset: 135);
        il15.StatusReason = "CoA HLX-COA-I1525C09 out of specification (endotoxin above the user limit).";
        Test(set, il15, "I15-24C05", null, "NK-cell fold expansion, day 14", "310-fold", "≥ 200-fold", LineVerdict.Pass, -235);

        var trypsin = Qualify(set, "TRYP", "Adherent producer-cell passaging", QualificationStatus.RequalificationRequired, qualifiedOffset: -900, reviewOffset: -10);
        trypsin.StatusReason = "Periodic review overdue; supplier announced discontinuation (KSR/SCN-2025-031).";
        Test(set, trypsin, "TP-24-2201", "TP-23-1809", "Cell viability after passaging", "96 %", "≥ 90 %", LineVerdict.Pass, -245);

        var vector = Qualify(set, "LV", "Transduction", QualificationStatus.InProgress,
            open: [LotToLotPerformance, Stability, CompatibilityCytotoxicity, AdventitiousAgentTesting]);
        Waive(vector, DmfReference, "No DMF exists for this vector; the supplier's batch records are reviewed instead.");
        Waive(vector, PlanToMoveToGmpGrade, "Already GMP grade.");
        Test(set, vector, "LV-25-003", null, "Transduction efficiency (% CAR+ T cells, MOI 5)", "42 %", "≥ 30 %", LineVerdict.Pass, -80);
        Test(set, vector, "LV-25-009", "LV-25-003", "Transduction efficiency (% CAR+ T cells, MOI 5)", null, "≥ 30 %", LineVerdict.NotEvaluated, null);

        var recombinant = Qualify(set, "RTRYP", "Adherent producer-cell passaging", QualificationStatus.InProgress,
            open: [LotToLotPerformance, Stability, ConfirmCoaTestsInHouse]);
        Test(set, recombinant, "RT-25-0101", null, "Cell viability after passaging (porcine trypsin control 96 %)", "95 % (reference 96 %)", "≥ 90 %", LineVerdict.Pass, -85);

        Qualify(set, "PEI", "Lentiviral vector production (transfection)", QualificationStatus.NotStarted, open: Enum.GetValues<QualificationActivityKind>());

        var serum = Qualify(set, "HABS", "T-cell expansion", QualificationStatus.Disqualified, open: [TraceabilityAndCountryOfOrigin]);
        serum.StatusReason = "Certificate of origin not provided after three requests; expansion moves to FBS and serum-free medium.";
    }

    /// <summary>
    /// A qualification with the activities its material's tier requires, each done unless named
    /// in <paramref name="open"/>.
    /// </summary>
    private static Qualification Qualify(DemoSet set, string materialKey, string useContext, QualificationStatus status,
        int? qualifiedOffset = null, int? reviewOffset = null, IReadOnlyCollection<QualificationActivityKind>? open = null)
    {
        var material = set.Materials[materialKey];
        var tier = material.Tier.Effective ?? 4;
        var qualification = new Qualification
        {
            MaterialId = material.Id,
            SupplierCode = material.SupplierCode,
            UseContext = useContext,
            UspTierAtQualification = tier,
            Status = status,
            QualifiedAt = qualifiedOffset is { } q ? set.At(q, 16) : null,
            NextReviewDue = reviewOffset is { } r ? set.Day(r) : null,
        };

        foreach (var kind in Required(tier))
        {
            var done = open is null || !open.Contains(kind);
            qualification.Activities.Add(new QualificationActivity
            {
                Kind = kind,
                Status = done ? ActivityStatus.Done : ActivityStatus.Open,
                EvidenceReference = done ? $"QR-{materialKey}-{(int)kind + 1:00}" : null,
                CompletedAt = done ? set.At((qualifiedOffset ?? -30) - 5, 12) : null,
                CompletedBy = done ? "qa.validation@site.example" : null,
            });
        }

        set.Qualifications.Add(qualification);
        return qualification;
    }

    /// <summary>Activities by tier, cumulative (domain.md §5.1).</summary>
    private static IEnumerable<QualificationActivityKind> Required(int tier)
    {
        QualificationActivityKind[] all = [CoaOnFile, DmfReference, LotToLotPerformance, RemovalFromProduct, Stability];
        QualificationActivityKind[] tier2 = [ConfirmCoaTestsInHouse, SupplierAudit];
        QualificationActivityKind[] tier3 = [InternalSpecification, CompatibilityCytotoxicity, AdventitiousAgentTesting, PlanToMoveToGmpGrade];
        return all.Concat(tier >= 2 ? tier2 : []).Concat(tier >= 3 ? tier3 : []).Concat(tier >= 4 ? [TraceabilityAndCountryOfOrigin] : []);
    }

    private static void Waive(Qualification qualification, QualificationActivityKind kind, string reason)
    {
        var activity = qualification.Activities.Single(a => a.Kind == kind);
        activity.Status = ActivityStatus.Waived;
        activity.WaiverReason = reason;
        activity.EvidenceReference = null;
    }

    private static void Test(DemoSet set, Qualification qualification, string lotNumber, string? referenceLotNumber, string assay,
        string? result, string criterion, LineVerdict verdict, int? testedOffset) =>
        qualification.PerformanceTests.Add(new PerformanceTest
        {
            LotId = set.Lots[lotNumber].Id,
            ReferenceLotId = referenceLotNumber is null ? null : set.Lots[referenceLotNumber].Id,
            Assay = assay,
            Result = result,
            AcceptanceCriterion = criterion,
            Verdict = verdict,
            TestedOn = testedOffset is { } t ? set.Day(t) : null,
        });
}
