namespace AmConnector.Certificates.Astm;

/// <summary>
/// The element names of an ASTM E3077 eData document that AmConnector reads (ADR-014). The root,
/// its namespace, <c>FileInformation</c> and <c>MaterialDataGroup/MaterialData</c> are the
/// standard's own; the names inside <c>MaterialData</c> are this project's reading of the guide's
/// data content, since the XSD is not public. One place, so the ADR and the code cannot drift apart.
/// </summary>
internal static class AstmNames
{
    /// <summary>The E3077 target namespace; a document without a namespace is read the same way.</summary>
    public const string Namespace = "http://www.astm.org/E55/03/eDataXchange";

    /// <summary>XML-DSig: E3077 allows an enveloped signature in <c>FileInformation</c>; it is not checked here.</summary>
    public const string XmlDsigNamespace = "http://www.w3.org/2000/09/xmldsig#";

    public const string Root = "ASTMeDataXchange";
    public const string FileInformation = "FileInformation";
    public const string MaterialDataGroup = "MaterialDataGroup";
    public const string MaterialData = "MaterialData";

    public const string SupplierId = "SupplierID";
    public const string SupplierName = "SupplierName";
    public const string MaterialNumber = "MaterialNumber";
    public const string MaterialName = "MaterialName";
    public const string LotNumber = "LotNumber";
    public const string ManufactureDate = "ManufactureDate";
    public const string ExpiryDate = "ExpiryDate";
    public const string RetestDate = "RetestDate";
    public const string CertificateNumber = "CertificateNumber";
    public const string CertificateDate = "CertificateDate";
    public const string ApprovedBy = "ApprovedBy";
    public const string TestResults = "TestResults";
    public const string TestResult = "TestResult";

    public const string ParameterName = "ParameterName";
    public const string TestMethod = "TestMethod";
    public const string Specification = "Specification";
    public const string SpecificationText = "SpecificationText";
    public const string LowerLimit = "LowerLimit";
    public const string UpperLimit = "UpperLimit";
    public const string Unit = "Unit";
    public const string ExpectedResult = "ExpectedResult";
    public const string Result = "Result";
    public const string Value = "Value";
    public const string Text = "Text";

    /// <summary>On <c>LowerLimit</c>/<c>UpperLimit</c>: <c>false</c> makes the bound exclusive (default inclusive).</summary>
    public const string InclusiveAttribute = "inclusive";

    /// <summary>Known children of <c>FileInformation</c>: read for nothing, but not reported as ignored.</summary>
    public static readonly IReadOnlySet<string> FileInformationChildren = new HashSet<string>(StringComparer.Ordinal)
    {
        "FileName", "FileVersion", "CreationDateTime", "SenderName", "SenderID", "ReceiverName", "ReceiverID",
    };
}
