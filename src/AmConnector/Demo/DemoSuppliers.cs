using AmConnector.Suppliers;

namespace AmConnector.Demo;

/// <summary>
/// Four fictitious suppliers. Their quality agreements differ on purpose: two use the usual
/// 90/180/180/365 days, Kestrel asks for more, and Orbital has none on file, so the site
/// defaults of domain.md §5.4 apply to its notices.
/// </summary>
internal static class DemoSuppliers
{
    public static void Add(DemoSet set)
    {
        Add(set, new Supplier
        {
            Code = "NWB",
            Name = "Northwind Bioreagents, Inc.",
            Address = new PostalAddress { Street = "4410 Lakeshore Research Drive", City = "Madison", PostalCode = "53703", Region = "WI" },
            Country = "US",
            Approval = SupplierApproval.Approved,
            LastAuditOn = set.Day(-300),
            NextAuditDue = set.Day(430),
            QualityAgreement = Agreement(set, "QA-NWB-2021-004", -1100, 90, 180, 180, 365, "Dana Whitfield", "change-notices@northwind-bioreagents.example"),
            Certifications =
            [
                new() { Standard = CertificationStandard.Iso9001, Number = "US-QMS-118804", IssuedBy = "Lakeside Registrar LLC", ValidUntil = set.Day(410) },
                // Lapsed three weeks ago: the renewal audit slipped, which QA should see.
                new() { Standard = CertificationStandard.Iso13485, Number = "US-MD-220931", IssuedBy = "Lakeside Registrar LLC", ValidUntil = set.Day(-20) },
                new() { Standard = CertificationStandard.Other, Number = "EXCiPACT-GMP-0457", IssuedBy = "EXCiPACT asbl (certification body)", ValidUntil = set.Day(230) },
            ],
        });

        Add(set, new Supplier
        {
            Code = "HLX",
            Name = "Helix Cytokines GmbH",
            Address = new PostalAddress { Street = "Helixstraße 7", City = "Leipzig", PostalCode = "04103", Region = "Sachsen" },
            Country = "DE",
            Approval = SupplierApproval.Approved,
            LastAuditOn = set.Day(-180),
            NextAuditDue = set.Day(550),
            QualityAgreement = Agreement(set, "QA-HLX-2022-011", -800, 90, 180, 180, 365, "Dr. Jana Richter", "aenderungen@helix-cytokines.example"),
            Certifications =
            [
                new() { Standard = CertificationStandard.Iso13485, Number = "DE-13485-77120", IssuedBy = "Mitteldeutsche Zertifizierung GmbH", ValidUntil = set.Day(520) },
                new() { Standard = CertificationStandard.EuGmp, Number = "DE-SN-GMP-2024-0117", IssuedBy = "Landesdirektion Sachsen", ValidUntil = set.Day(640) },
            ],
        });

        Add(set, new Supplier
        {
            Code = "KSR",
            Name = "Kestrel Cell Systems Ltd",
            Address = new PostalAddress { Street = "Unit 4, Fen Lane Science Park", City = "Cambridge", PostalCode = "CB4 0ZZ", Region = "Cambridgeshire" },
            Country = "GB",
            Approval = SupplierApproval.Approved,
            LastAuditOn = set.Day(-420),
            NextAuditDue = set.Day(310),
            // Stricter than the defaults: Kestrel's beads are in the activation step of every batch.
            QualityAgreement = Agreement(set, "QA-KSR-2020-002", -1500, 120, 180, 270, 540, "Oliver Marsh", "scn@kestrel-cells.example"),
            Certifications =
            [
                new() { Standard = CertificationStandard.Iso9001, Number = "GB-9001-40551", IssuedBy = "Anglia Assurance Ltd", ValidUntil = set.Day(300) },
                new() { Standard = CertificationStandard.Iso13485, Number = "GB-13485-40552", IssuedBy = "Anglia Assurance Ltd", ValidUntil = set.Day(300) },
                new() { Standard = CertificationStandard.Qsr21Cfr820, Number = "FEI 3012345678", IssuedBy = "US FDA (establishment registration)", ValidUntil = set.Day(90) },
            ],
        });

        Add(set, new Supplier
        {
            Code = "ORB",
            Name = "Orbital Vector Labs B.V.",
            Address = new PostalAddress { Street = "Vectorweg 3", City = "Leiden", PostalCode = "2333 ZA", Region = "Zuid-Holland" },
            Country = "NL",
            // First audit found two major observations; approval is conditional until the CAPAs close.
            Approval = SupplierApproval.Conditional,
            LastAuditOn = set.Day(-60),
            NextAuditDue = set.Day(120),
            QualityAgreement = new QualityAgreement
            {
                Reference = "QA-ORB-DRAFT-01",
                NoticeContactName = "Sanne de Vries",
                NoticeContactEmail = "quality@orbital-vector.example",
            },
            Certifications =
            [
                new() { Standard = CertificationStandard.EuGmp, Number = "NL-GMP-2024-0288", IssuedBy = "IGJ (Dutch Health and Youth Care Inspectorate)", ValidUntil = set.Day(330) },
                new() { Standard = CertificationStandard.Iso9001, Number = "NL-9001-1187", IssuedBy = "Randstad Certificering B.V.", ValidUntil = set.Day(150) },
            ],
        });
    }

    private static void Add(DemoSet set, Supplier supplier) => set.Suppliers.Add(supplier.Code, supplier);

    private static QualityAgreement Agreement(
        DemoSet set, string reference, int effectiveOffset, int level1, int level2, int level3, int discontinuation, string contact, string email) => new()
        {
            Reference = reference,
            EffectiveOn = set.Day(effectiveOffset),
            Level1NoticeDays = level1,
            Level2NoticeDays = level2,
            Level3NoticeDays = level3,
            DiscontinuationNoticeDays = discontinuation,
            NoticeContactName = contact,
            NoticeContactEmail = email,
        };
}
