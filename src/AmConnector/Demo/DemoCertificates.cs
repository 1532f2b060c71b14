using System.Globalization;
using AmConnector.Certificates;
using AmConnector.Materials;

namespace AmConnector.Demo;

/// <summary>
/// CoAs for every lot that has been through release (and for some still in Quarantine), three of
/// them out of specification and two covering several lots, plus the material-level documents
/// domain.md §5.6 requires: certificates of origin and TSE/BSE statements for human and animal
/// materials, ADCF statements for materials that claim ADCF. Two have lapsed, one lapses within
/// 30 days, and human AB serum has no certificate of origin at all.
/// </summary>
internal static class DemoCertificates
{
    public static void Add(DemoSet set)
    {
        AddCoas(set);
        AddStatements(set);
    }

    private static void AddCoas(DemoSet set)
    {
        Coa(set, "FBS", "NWB-COA-FB231187", -695, ["FB-23-1187"], ("Endotoxin", "3.4"), ("Haemoglobin", "11.2"));
        Coa(set, "FBS", "NWB-COA-FB250311-12", -140, ["FB-25-0311", "FB-25-0312"], ("Osmolality", "311"));
        // The demo's headline OOS: endotoxin 14 EU/mL against ≤ 10; the lot stays in Quarantine.
        Coa(set, "FBS", "NWB-COA-FB250874", -35, ["FB-25-0874"], ("Endotoxin", "14"));
        Coa(set, "HABS", "NWB-COA-HS240098", -410, ["HS-24-0098"]);
        Coa(set, "HSA", "NWB-COA-AL235521", -790, ["AL-23-5521"]);
        Coa(set, "HSA", "NWB-COA-AL246130", -390, ["AL-24-6130"], ("Total protein", "251"));
        Coa(set, "RHSA", "NWB-COA-RA24031", -290, ["RA-24-031"]);
        Coa(set, "RHSA", "NWB-COA-RA25007", -25, ["RA-25-007"], ("Purity", "99.3"));
        Coa(set, "DMSO", "NWB-COA-CR23407", -775, ["CR-23-407"]);
        Coa(set, "DMSO", "NWB-COA-CR24118", -375, ["CR-24-118"], ("DMSO content", "9.97"));
        Coa(set, "DMSO", "NWB-COA-CR25022", -45, ["CR-25-022"]);
        Coa(set, "TCM", "NWB-COA-TX240920", -395, ["TX-24-0920"]);
        Coa(set, "TCM", "NWB-COA-TX250119", -85, ["TX-25-0119"], ("Osmolality", "288"));
        Coa(set, "TCM", "NWB-COA-TX250187", -25, ["TX-25-0187"]);

        Coa(set, "IL2", "HLX-COA-AZ2209", -990, ["AZ2209"]);
        Coa(set, "IL2", "HLX-COA-AZ2301", -680, ["AZ2301"], ("Potency", "17,600,000"));
        Coa(set, "IL2", "HLX-COA-AZ2407", -270, ["AZ2407"]);
        // Helix issues one CoA for lots filled from the same bulk.
        Coa(set, "IL7", "HLX-COA-IL724A11-12", -320, ["IL7-24A11", "IL7-24A12"]);
        Coa(set, "IL15", "HLX-COA-I1524C05", -240, ["I15-24C05"], ("Endotoxin", "0.03"));
        // Within the supplier's ≤ 0.1 EU/µg but above the user's ≤ 0.05: the stricter specification decides.
        Coa(set, "IL15", "HLX-COA-I1525C09", -15, ["I15-25C09"], ("Endotoxin", "0.08"));
        Coa(set, "GMCSF", "HLX-COA-GM230907", -790, ["GM-23-0907"]);
        Coa(set, "GMCSF", "HLX-COA-GM250214", -80, ["GM-25-0214"], ("Purity", "97.1"));

        Coa(set, "BEADS", "KSR-COA-BD241140", -195, ["BD-24-1140"]);
        Coa(set, "BEADS", "KSR-COA-BD250217", -40, ["BD-25-0217"], ("Bead count", "38.9"));
        Coa(set, "FN", "KSR-COA-FN221103", -1090, ["FN-22-1103"]);
        Coa(set, "FN", "KSR-COA-FN240601", -230, ["FN-24-0601"]);
        Coa(set, "TRYP", "KSR-COA-TP231809", -630, ["TP-23-1809"]);
        Coa(set, "TRYP", "KSR-COA-TP242201", -250, ["TP-24-2201"], ("Trypsin activity", "2310"));
        Coa(set, "RTRYP", "KSR-COA-RT250101", -90, ["RT-25-0101"]);
        Coa(set, "COLL", "KSR-COA-CL24055", -210, ["CL-24-055"]);
        Coa(set, "NUC", "KSR-COA-NZ24301", -300, ["NZ-24-301"]);
        Coa(set, "NUC", "KSR-COA-NZ25044", -65, ["NZ-25-044"]);

        Coa(set, "PEI", "ORB-COA-PE240007", -290, ["PE-24-0007"]);
        Coa(set, "PEI", "ORB-COA-PE250002", -50, ["PE-25-0002"]);
        Coa(set, "PDNA", "ORB-COA-GP25014", -110, ["GP-25-014"]);
        Coa(set, "PDNA", "ORB-COA-GP25021", -30, ["GP-25-021"], ("Supercoiled content", "76"));
        Coa(set, "LV", "ORB-COA-LV25003", -90, ["LV-25-003"], ("Infectious titre", "285"));
    }

    private static void AddStatements(DemoSet set)
    {
        Statement(set, "FBS", CertificateType.CertificateOfOrigin, "NWB-COO-FBS-25", -165, 200);
        Statement(set, "FBS", CertificateType.TseBseStatement, "NWB-TSE-FBS-25", -65, 300);
        Statement(set, "FBS", CertificateType.QualityStatement, "NWB-AE-FBS-01", -400, null);
        // Lapses within 30 days, so am.certificate.expiring is due (domain.md §5.6a).
        Statement(set, "FBS", CertificateType.ViralSafetyStatement, "NWB-VS-FBS-24", -345, 20);

        // Human AB serum: a TSE/BSE (vCJD donor deferral) statement but deliberately no certificate of origin.
        Statement(set, "HABS", CertificateType.TseBseStatement, "NWB-TSE-HABS-25", -100, 265);

        Statement(set, "HSA", CertificateType.CertificateOfOrigin, "NWB-COO-HSA-25", -150, 215);
        Statement(set, "HSA", CertificateType.TseBseStatement, "NWB-TSE-HSA-25", -150, 215);
        Statement(set, "HSA", CertificateType.ViralSafetyStatement, "NWB-VS-HSA-24", -200, 530);

        Statement(set, "TRYP", CertificateType.CertificateOfOrigin, "KSR-COO-TRYP-24", -300, 65);
        // Lapsed six weeks ago: the released porcine trypsin lot is not usable until Kestrel renews it.
        Statement(set, "TRYP", CertificateType.TseBseStatement, "KSR-TSE-TRYP-23", -410, -45);
        Statement(set, "COLL", CertificateType.TseBseStatement, "KSR-TSE-COLL-25", -160, 200);

        Statement(set, "IL7", CertificateType.DmfLetterOfAuthorisation, "HLX-LOA-031452", -500, null);
        // Lapsed: Helix's previous GMP certificate for the GM-CSF line; the renewed one is not yet on file.
        Statement(set, "GMCSF", CertificateType.GmpCertificate, "HLX-GMP-GMCSF-21", -1200, -120);
        Statement(set, "TCM", CertificateType.ProductInformationFile, "NWB-PIF-TXV-03", -95, null);
        Statement(set, "LV", CertificateType.GmpCertificate, "ORB-GMP-24-0288", -400, 330);

        // Every material that claims ADCF needs an ADCF statement to be usable (domain.md §5.6).
        var i = 0;
        foreach (var (key, material) in set.Materials)
        {
            if (material.AnimalOriginStatus == AnimalOriginStatus.AnimalComponentFree)
            {
                Statement(set, key, CertificateType.AdcfStatement, $"{material.SupplierCode}-ADCF-{key}", -100 - (20 * i), 265 + (30 * i));
                i++;
            }
        }
    }

    private static void Coa(DemoSet set, string materialKey, string documentNumber, int issuedOffset, string[] lotNumbers,
        params (string Test, string Reported)[] results)
    {
        var material = set.Materials[materialKey];
        var certificate = New(set, material, CertificateType.CertificateOfAnalysis, documentNumber, issuedOffset, null);
        certificate.Lots.AddRange(lotNumbers.Select(n => set.Lots[n]));

        var lineNumber = 0;
        foreach (var template in DemoCoaLines.For(materialKey))
        {
            var reported = results.FirstOrDefault(r => r.Test == template.Test).Reported ?? template.TypicalResult;
            decimal? value = template.Specification.Kind == SpecificationKind.Numeric
                && decimal.TryParse(reported, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;
            var line = new CoaResult
            {
                LineNumber = ++lineNumber,
                TestName = template.Test,
                Method = template.Method,
                Specification = template.Specification,
                ReportedResult = reported,
                ReportedValue = value,
                ReportedUnit = value is null ? null : template.Specification.Unit,
            };
            certificate.Results.Add(line);
        }

        // The demo's verdicts come from the product's own evaluator, as a real CoA's would. The user's
        // specifications are not saved yet, so they get their material's key here, as EF would give them.
        foreach (var specification in material.Specifications)
        {
            specification.MaterialId = material.Id;
        }

        Certificates.Evaluation.CoaEvaluator.Evaluate(certificate, material.Specifications).ApplyTo(certificate);
    }

    private static void Statement(DemoSet set, string materialKey, CertificateType type, string documentNumber, int issuedOffset, int? validOffset) =>
        New(set, set.Materials[materialKey], type, documentNumber, issuedOffset, validOffset);

    private static Certificate New(DemoSet set, Material material, CertificateType type, string documentNumber, int issuedOffset, int? validOffset)
    {
        var supplier = set.Suppliers[material.SupplierCode];
        var certificate = new Certificate
        {
            Type = type,
            MaterialId = material.Id,
            SupplierCode = material.SupplierCode,
            DocumentNumber = documentNumber,
            Issuer = supplier.Name,
            IssuedOn = set.Day(issuedOffset),
            ValidUntil = validOffset is { } v ? set.Day(v) : null,
            Signatory = supplier.QualityAgreement.NoticeContactName,
            Document = DemoDocuments.Pdf($"{Title(type)} {documentNumber}", documentNumber),
        };
        set.Certificates.Add(certificate);
        return certificate;
    }

    private static string Title(CertificateType type) => type switch
    {
        CertificateType.CertificateOfAnalysis => "Certificate of analysis",
        CertificateType.CertificateOfOrigin => "Certificate of origin",
        CertificateType.TseBseStatement => "TSE/BSE statement",
        CertificateType.AdcfStatement => "ADCF statement",
        CertificateType.ViralSafetyStatement => "Viral safety statement",
        CertificateType.QualityStatement => "Quality statement (ISO 20399 Annex E)",
        CertificateType.GmpCertificate => "GMP certificate",
        CertificateType.DmfLetterOfAuthorisation => "DMF letter of authorisation",
        CertificateType.ProductInformationFile => "Product information file",
        _ => type.ToString(),
    };
}
