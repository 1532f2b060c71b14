using System.Text.Json;
using AmConnector.ChangeNotices;

namespace AmConnector.Demo;

/// <summary>
/// Change notices (ISO 20399 Clause 11): one per level, a short notice, a discontinuation, a
/// revision (version 2 with both versions kept) and a withdrawal, in most states of domain.md §4.3.
/// Lead times are derived here as §5.4 says, from each supplier's quality agreement or, for
/// Orbital, which has none, from the default notice days.
/// </summary>
internal static class DemoChangeNotices
{
    private const string Assessor = "qa.lead@site.example";

    private static readonly string[] RevisedNoticeMissingInVersion1 =
        [DataPackageItems.ComparabilityData, DataPackageItems.StabilityOrPerformanceData];

    public static void Add(DemoSet set)
    {
        Receive(set, new ChangeNotice
        {
            SupplierCode = "HLX",
            SupplierReference = "SCN-2025-014",
            Level = ChangeLevel.Level0,
            Area = ChangeArea.LabellingOrDocuments,
            Title = "New CoA layout with a 2D barcode",
            Description = "CoAs carry a GS1 DataMatrix with catalogue and lot number; content and tests unchanged.",
            Rationale = "Customers asked for machine-readable CoAs.",
            NotifiedAt = set.At(-40),
            PlannedImplementationOn = set.Day(-10),
            Status = ChangeNoticeStatus.Closed,
            Assessment = Decided(set, -35, "None: documents only.", "Accepted", null, "CC-0301"),
        }, "IL7", "IL15", "GMCSF");

        Receive(set, new ChangeNotice
        {
            SupplierCode = "KSR",
            SupplierReference = "SCN-2025-022",
            Level = ChangeLevel.Level1,
            Area = ChangeArea.ContainerClosureOrPackaging,
            Title = "Second supplier for the secondary carton",
            Description = "Outer cartons from a second, qualified converter; primary container unchanged.",
            Rationale = "Supply continuity.",
            NotifiedAt = set.At(-140),
            PlannedImplementationOn = set.Day(-10),
            Status = ChangeNoticeStatus.Implemented,
            Assessment = Decided(set, -120, "Low: secondary packaging only.", "Accepted", null, "CC-0288"),
        }, "BEADS", "FN");

        // The short notice: 60 days' warning where Northwind's agreement asks for 180 for a level-2 change.
        Receive(set, new ChangeNotice
        {
            SupplierCode = "NWB",
            SupplierReference = "SCN-2025-007",
            Level = ChangeLevel.Level2,
            Area = ChangeArea.Process,
            Title = "Additional 0.04 µm filtration step for fetal bovine serum",
            Description = "A 0.04 µm virus-retentive filtration is added after the 0.1 µm filtration.",
            Rationale = "Further reduces the risk of small non-enveloped viruses.",
            CurrentState = "0.1 µm triple filtration, gamma irradiation.",
            ProposedState = "0.1 µm triple filtration, 0.04 µm filtration, gamma irradiation.",
            NotifiedAt = set.At(-10),
            PlannedImplementationOn = set.Day(50),
            FirstAffectedLotOrDate = "First lot filled after the implementation date",
            Status = ChangeNoticeStatus.UnderAssessment,
            MissingItems = Missing(DataPackageItems.ComparabilityData, DataPackageItems.StabilityOrPerformanceData),
            Proposal = Proposed(requalification: true, hold: false, lots: 4, qualifications: 1,
                "Requalification: level 2 and a Process change."),
        }, "FBS");

        AddRevised(set);

        Receive(set, new ChangeNotice
        {
            SupplierCode = "ORB",
            SupplierReference = "SCN-2025-E01",
            Level = ChangeLevel.Emergency,
            Area = ChangeArea.SourceOrOrigin,
            Title = "Emergency replacement of the HEK293T working cell bank",
            Description = "A mycoplasma result on the working cell bank was positive; production moved to a new working cell bank from the same master bank.",
            Rationale = "Patient safety: the affected working cell bank was destroyed.",
            AffectedLotNumbers = ["LV-25-009"],
            NotifiedAt = set.At(-3, 7),
            PlannedImplementationOn = set.Day(-1),
            FirstAffectedLotOrDate = "LV-25-009",
            Status = ChangeNoticeStatus.Triaged,
            MissingItems = Missing(DataPackageItems.ComparabilityData, DataPackageItems.CertificateOfOrigin),
            Proposal = Proposed(requalification: true, hold: true, lots: 2, qualifications: 1,
                "Requalification: SourceOrOrigin change. Lot hold: the notice names lot LV-25-009, made after the change."),
        }, "LV");

        Receive(set, new ChangeNotice
        {
            SupplierCode = "KSR",
            SupplierReference = "SCN-2025-031",
            Level = ChangeLevel.Level2,
            Area = ChangeArea.Discontinuation,
            Title = "Discontinuation of porcine Trypsin-EDTA KS-TRYP-P-100",
            Description = "Kestrel stops making animal-derived trypsin.",
            Rationale = "Portfolio moves to animal-origin-free enzymes.",
            NotifiedAt = set.At(-35),
            PlannedImplementationOn = set.Day(520),
            LastOrderOn = set.Day(430),
            LastShipOn = set.Day(520),
            ProposedAlternative = "KS-TRYP-R-100, recombinant trypsin-like protease (ADCF, GMP).",
            Status = ChangeNoticeStatus.AcceptedWithActions,
            Proposal = Proposed(requalification: true, hold: false, lots: 1, qualifications: 1, "Requalification: level 2."),
            Assessment = Decided(set, -20, "High: passaging step needs a new enzyme.", "Accepted with actions",
                "Qualify KS-TRYP-R-100 before the last order date; buy stock to cover the qualification.", "CC-0317"),
        }, "TRYP");

        Receive(set, new ChangeNotice
        {
            SupplierCode = "HLX",
            SupplierReference = "SCN-2025-011",
            Level = ChangeLevel.Level1,
            Area = ChangeArea.TestMethod,
            Title = "New potency bioassay for GM-CSF (TF-1 cell line)",
            Description = "The proliferation bioassay moves to a TF-1 reporter cell line.",
            Rationale = "Lower assay variability.",
            NotifiedAt = set.At(-50),
            PlannedImplementationOn = set.Day(60),
            Status = ChangeNoticeStatus.Cancelled,
            StatusReason = $"Withdrawn by HLX on {set.Day(-18):yyyy-MM-dd} (am.change-notice.withdrawn): method transfer postponed.",
        }, "GMCSF");

        // Orbital has no notice days in a quality agreement: the site default (90 days for level 1) applies.
        Receive(set, new ChangeNotice
        {
            SupplierCode = "ORB",
            SupplierReference = "SCN-2025-019",
            Level = ChangeLevel.Level1,
            Area = ChangeArea.Specification,
            Title = "Tighter purity specification for linear PEI (≥ 95 % → ≥ 97 %)",
            Description = "Purity by HPLC tightened; method unchanged.",
            Rationale = "Process improvements give consistently higher purity.",
            CurrentState = "Purity ≥ 95 %",
            ProposedState = "Purity ≥ 97 %",
            NotifiedAt = set.At(-1, 15),
            PlannedImplementationOn = set.Day(100),
            Status = ChangeNoticeStatus.Received,
        }, "PEI");
    }

    /// <summary>Version 1 lacked comparability data; version 2 added it and moved the date. Both versions are kept.</summary>
    private static void AddRevised(DemoSet set)
    {
        const string title1 = "Transfer of IL-7 drug-substance manufacture to the Dresden site";
        var notice = Receive(set, new ChangeNotice
        {
            SupplierCode = "HLX",
            SupplierReference = "SCN-2025-009",
            Version = 2,
            Level = ChangeLevel.Level3,
            Area = ChangeArea.Site,
            Title = title1 + " (revised: comparability data added)",
            Description = "Fermentation and purification of IL-7 move from Leipzig to the new Dresden facility.",
            Rationale = "Capacity.",
            CurrentState = "Drug substance made in Leipzig.",
            ProposedState = "Drug substance made in Dresden; fill and finish unchanged in Leipzig.",
            NotifiedAt = set.At(-60),
            PlannedImplementationOn = set.Day(200),
            FirstAffectedLotOrDate = "First Dresden lot planned for the implementation date",
            SupportingDocuments =
            [
                DemoDocuments.Pdf("Comparability report Leipzig vs Dresden, 3 lots", "HLX-CR-IL7-2025-01"),
                DemoDocuments.Pdf("Risk assessment summary, site transfer", "HLX-RA-IL7-2025-02"),
            ],
            // A revision returns a notice to UnderAssessment (domain.md §4.3); it had been triaged.
            Status = ChangeNoticeStatus.UnderAssessment,
            Proposal = Proposed(requalification: true, hold: false, lots: 3, qualifications: 0,
                "Requalification: level 3 and a Site change."),
        }, "IL7");

        notice.Versions[0].Title = title1;
        notice.Versions[0].Payload = JsonSerializer.Serialize(new
        {
            notice.SupplierReference,
            version = 1,
            level = nameof(ChangeLevel.Level3),
            area = nameof(ChangeArea.Site),
            title = title1,
            plannedImplementationOn = set.Day(150),
            missingItems = RevisedNoticeMissingInVersion1,
        });
        notice.Versions[1].ReceivedAt = set.At(-12, 10);
    }

    /// <summary>
    /// What receiving a notice derives: supplier keys, affected materials and catalogue numbers,
    /// contact, lead time against the required notice, the emergency flag, and a version row
    /// for every version up to the current one.
    /// </summary>
    private static ChangeNotice Receive(DemoSet set, ChangeNotice notice, params string[] materialKeys)
    {
        var supplier = set.Suppliers[notice.SupplierCode];
        notice.SupplierId = supplier.Id;
        notice.ContactName ??= supplier.QualityAgreement.NoticeContactName;
        notice.ContactEmail ??= supplier.QualityAgreement.NoticeContactEmail;
        foreach (var key in materialKeys)
        {
            var material = set.Materials[key];
            notice.AffectedMaterials.Add(material);
            notice.AffectedCatalogueNumbers.Add(material.CatalogueNumber);
        }

        var agreement = supplier.QualityAgreement;
        notice.RequiredLeadTimeDays = (notice.Area, notice.Level) switch
        {
            // Level 0 is for information and an Emergency is expedited: neither has a minimum notice.
            (_, ChangeLevel.Level0 or ChangeLevel.Emergency) => null,
            (ChangeArea.Discontinuation, _) => agreement.DiscontinuationNoticeDays ?? 365,
            (_, ChangeLevel.Level1) => agreement.Level1NoticeDays ?? 90,
            (_, ChangeLevel.Level2) => agreement.Level2NoticeDays ?? 180,
            _ => agreement.Level3NoticeDays ?? 180,
        };
        notice.LeadTimeDays = notice.PlannedImplementationOn?.DayNumber - DateOnly.FromDateTime(notice.NotifiedAt.UtcDateTime).DayNumber;
        notice.LeadTimeShortfallDays = notice.RequiredLeadTimeDays - notice.LeadTimeDays is > 0 and var shortfall ? shortfall : null;
        notice.RequiresImmediateTriage = notice.Level == ChangeLevel.Emergency;

        for (var version = 1; version <= notice.Version; version++)
        {
            notice.Versions.Add(new ChangeNoticeVersion
            {
                Version = version,
                ReceivedAt = notice.NotifiedAt,
                Title = notice.Title,
                Payload = JsonSerializer.Serialize(new
                {
                    notice.SupplierReference,
                    version,
                    level = notice.Level.ToString(),
                    area = notice.Area.ToString(),
                    title = notice.Title,
                    plannedImplementationOn = notice.PlannedImplementationOn,
                }),
            });
        }

        set.ChangeNotices.Add(notice);
        return notice;
    }

    private static List<MissingItem> Missing(params string[] codes) =>
        [.. codes.Select(code => new MissingItem { Code = code, Description = DataPackageItems.All[code].Description })];

    private static ImpactProposal Proposed(bool requalification, bool hold, int lots, int qualifications, string explanation) => new()
    {
        RequalificationProposed = requalification,
        LotHoldProposed = hold,
        AffectedLotCount = lots,
        AffectedQualificationCount = qualifications,
        Explanation = explanation,
    };

    private static NoticeAssessment Decided(DemoSet set, int assessedOffset, string impact, string decision, string? actions, string changeControl) => new()
    {
        Impact = impact,
        Decision = decision,
        Actions = actions,
        AssessedBy = Assessor,
        AssessedAt = set.At(assessedOffset, 15),
        HostChangeControlReference = changeControl,
    };
}
