namespace AmConnector.Certificates;

public enum CertificateType
{
    CertificateOfAnalysis,
    CertificateOfOrigin,
    TseBseStatement,
    AdcfStatement,
    ViralSafetyStatement,
    /// <summary>Supplier's quality statement for biological materials (ISO 20399 Annex E).</summary>
    QualityStatement,
    GmpCertificate,
    DmfLetterOfAuthorisation,
    ProductInformationFile,
}
