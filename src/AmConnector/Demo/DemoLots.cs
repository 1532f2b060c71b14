using AmConnector.Lots;

namespace AmConnector.Demo;

/// <summary>
/// Two to four lots per material, covering every lot status and the usability cases of
/// domain.md §5.6: expiring within 30 days, expired but still marked Released (the daily job
/// has not run), conditional release, and active and lifted holds.
/// </summary>
internal static class DemoLots
{
    public static void Add(DemoSet set)
    {
        Lot(set, "FBS", "FB-23-1187", -700, 12, LotStatus.Released, 40, "{bottle}");
        Lot(set, "FBS", "FB-25-0311", -150, 1675, LotStatus.Released, 120, "{bottle}");
        Lot(set, "FBS", "FB-25-0312", -148, 1677, LotStatus.Released, 120, "{bottle}");
        Lot(set, "FBS", "FB-25-0874", -40, 1785, LotStatus.Quarantine, 60, "{bottle}",
            "CoA out of specification (endotoxin 14 EU/mL, limit ≤ 10); stays in Quarantine pending supplier investigation.");

        Lot(set, "HABS", "HS-24-0098", -420, 310, LotStatus.Quarantine, 30, "{bottle}",
            "Release blocked: no certificate of origin on file for this human-derived material.");
        Lot(set, "HABS", "HS-24-0061", -470, 260, LotStatus.Rejected, 30, "{bottle}",
            "Donor virology records for 3 of 120 donations incomplete; rejected by QA.");

        Lot(set, "HSA", "AL-23-5521", -800, 295, LotStatus.Consumed, 0, "{vial}", "Last vial used in batch CT-0412.");
        Lot(set, "HSA", "AL-24-6130", -400, 695, LotStatus.Released, 80, "{vial}");
        Lot(set, "HSA", "AL-25-6602", -60, 1035, LotStatus.Quarantine, 100, "{vial}", "Received; awaiting lot release protocol.");

        Lot(set, "RHSA", "RA-24-031", -300, 795, LotStatus.Released, 12, "{bottle}");
        Lot(set, "RHSA", "RA-25-007", -30, 1065, LotStatus.Quarantine, 20, "{bottle}", "CoA received and passed; awaiting QA release.");

        Lot(set, "IL2", "AZ2209", -1000, -270, LotStatus.Expired, 0, "{vial}", "Expiry date passed.");
        Lot(set, "IL2", "AZ2301", -690, 40, LotStatus.Released, 25, "{vial}");
        Lot(set, "IL2", "AZ2407", -280, 450, LotStatus.Released, 60, "{vial}");

        Lot(set, "IL7", "IL7-24A11", -330, 400, LotStatus.Released, 20, "{vial}");
        Lot(set, "IL7", "IL7-24A12", -328, 402, LotStatus.Released, 20, "{vial}");
        Lot(set, "IL7", "IL7-25B02", -25, 705, LotStatus.Quarantine, 40, "{vial}", "Received; CoA not yet issued.");

        Lot(set, "IL15", "I15-24C05", -250, 480, LotStatus.Released, 30, "{vial}");
        Lot(set, "IL15", "I15-25C09", -20, 710, LotStatus.Quarantine, 30, "{vial}",
            "CoA fails the user specification for endotoxin (0.08 EU/µg, user limit ≤ 0.05; supplier limit ≤ 0.1).");

        // Past its expiry but still Released: usability reports it Expired before the daily job catches up.
        Lot(set, "GMCSF", "GM-23-0907", -800, -3, LotStatus.Released, 4, "{vial}");
        Lot(set, "GMCSF", "GM-25-0214", -90, 640, LotStatus.Released, 30, "{vial}");

        var beads = Lot(set, "BEADS", "BD-24-1140", -200, 530, LotStatus.Released, 15, "{vial}");
        Lot(set, "BEADS", "BD-25-0217", -45, 685, LotStatus.ConditionallyReleased, 25, "{vial}",
            "Released before in-house bead-count confirmation to avoid a batch delay.",
            conditions: "Use only with a bead:cell ratio verified at first use; in-house bead count due within 14 days.");

        Lot(set, "FN", "FN-22-1103", -1100, -5, LotStatus.Expired, 2, "{vial}", "Expiry date passed.");
        Lot(set, "FN", "FN-24-0601", -240, 855, LotStatus.Released, 10, "{vial}");

        Lot(set, "DMSO", "CR-23-407", -780, -50, LotStatus.Expired, 0, "{bottle}", "Expiry date passed.");
        Lot(set, "DMSO", "CR-24-118", -380, 350, LotStatus.Released, 24, "{bottle}");
        Lot(set, "DMSO", "CR-25-022", -50, 680, LotStatus.Released, 48, "{bottle}");

        Lot(set, "TRYP", "TP-23-1809", -640, 450, LotStatus.Recalled, 6, "{bottle}",
            "Supplier recall: porcine circovirus PCR positive in a retained sample.");
        Lot(set, "TRYP", "TP-24-2201", -260, 835, LotStatus.Released, 12, "{bottle}");

        Lot(set, "RTRYP", "RT-25-0101", -100, 630, LotStatus.Released, 20, "{bottle}");
        Lot(set, "RTRYP", "RT-25-0150", -10, 720, LotStatus.Quarantine, 20, "{bottle}", "Received; CoA not yet issued.");

        Lot(set, "COLL", "CL-24-055", -220, 875, LotStatus.Released, 8, "{vial}");
        Lot(set, "COLL", "CL-25-012", -35, 1060, LotStatus.Quarantine, 8, "{vial}", "Received; CoA not yet issued.");

        var nuclease = Lot(set, "NUC", "NZ-24-301", -310, 785, LotStatus.Released, 18, "{vial}");
        Lot(set, "NUC", "NZ-25-044", -70, 1025, LotStatus.Released, 20, "{vial}");

        Lot(set, "TCM", "TX-24-0920", -400, -35, LotStatus.Expired, 0, "{bottle}", "Expiry date passed.");
        Lot(set, "TCM", "TX-25-0119", -90, 275, LotStatus.Released, 60, "{bottle}");
        Lot(set, "TCM", "TX-25-0187", -30, 335, LotStatus.Released, 80, "{bottle}");

        Lot(set, "PEI", "PE-24-0007", -300, 430, LotStatus.Released, 10, "{vial}");
        Lot(set, "PEI", "PE-25-0002", -60, 670, LotStatus.Quarantine, 10, "{vial}", "Received; awaiting QA review of CoA.");

        Lot(set, "PDNA", "GP-25-014", -120, 610, LotStatus.Released, 5, "{vial}");
        Lot(set, "PDNA", "GP-25-021", -40, 690, LotStatus.Quarantine, 5, "{vial}",
            "CoA out of specification (supercoiled 76 %, limit ≥ 80 %).");

        Lot(set, "LV", "LV-25-003", -100, 265, LotStatus.ConditionallyReleased, 8, "{vial}",
            "Qualification in progress.", conditions: "Process-development and engineering runs only; not for clinical batches.");
        var vector = Lot(set, "LV", "LV-25-009", -20, 345, LotStatus.Quarantine, 8, "{vial}", "Received; supplier emergency notice names this lot.");

        // A deviation hold that was investigated and lifted: history stays on the lot.
        beads.Holds.Add(new LotHold
        {
            Reason = "Temperature logger showed 11 °C for 40 min in transit (limit 2–8 °C).",
            Source = HoldSource.Deviation,
            SourceReference = "DEV-0142",
            PlacedBy = "m.keller@site.example",
            PlacedAt = set.At(-190, 10),
            LiftedBy = "qa.lead@site.example",
            LiftedAt = set.At(-184, 15),
            LiftReason = "Supplier stability data cover 24 h at up to 25 °C; no impact.",
        });

        // An active hold on a Released lot: the lot is NotUsable although its status is fine.
        nuclease.Holds.Add(new LotHold
        {
            Reason = "Cracked vials found in 2 of 20 boxes on receipt; container-closure inspection pending.",
            Source = HoldSource.Deviation,
            SourceReference = "DEV-0167",
            PlacedBy = "warehouse.supervisor@site.example",
            PlacedAt = set.At(-6, 14),
        });

        vector.Holds.Add(new LotHold
        {
            Reason = "Named in Orbital's emergency change notice (working cell bank mycoplasma result).",
            Source = HoldSource.ChangeNotice,
            SourceReference = "ORB/SCN-2025-E01",
            PlacedBy = "qa.lead@site.example",
            PlacedAt = set.At(-2, 11),
        });

        set.Lots["TP-23-1809"].Holds.Add(new LotHold
        {
            Reason = "Supplier recall notice.",
            Source = HoldSource.Recall,
            SourceReference = "KSR-RECALL-0031",
            PlacedBy = "amconnector (am.lot.recalled)",
            PlacedAt = set.At(-15, 8),
        });
    }

    private static Lot Lot(
        DemoSet set, string materialKey, string lotNumber, int manufacturedOffset, int expiresOffset, LotStatus status,
        decimal quantity, string unit, string? reason = null, string? conditions = null)
    {
        var material = set.Materials[materialKey];
        var lot = new Lot
        {
            MaterialId = material.Id,
            SupplierCode = material.SupplierCode,
            CatalogueNumber = material.CatalogueNumber,
            LotNumber = lotNumber,
            ManufacturedOn = set.Day(manufacturedOffset),
            ExpiresOn = set.Day(expiresOffset),
            Quantity = quantity,
            QuantityUnit = unit,
            Status = status,
            StatusReason = reason,
            ReleaseConditions = conditions,
        };
        set.Lots.Add(lotNumber, lot);
        return lot;
    }
}
