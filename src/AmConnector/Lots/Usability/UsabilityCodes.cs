namespace AmConnector.Lots.Usability;

/// <summary>
/// The stable reason codes of the usability check. A LIMS may branch on them, so they never change
/// meaning; contracts/usability-reasons.md lists them and a test keeps the two in step.
/// </summary>
public static class UsabilityCodes
{
    // NotUsable
    public const string LotNotFound = "LOT_NOT_FOUND";
    public const string LotNotReleased = "LOT_NOT_RELEASED";
    public const string LotRejected = "LOT_REJECTED";
    public const string LotRecalled = "LOT_RECALLED";
    public const string LotConsumed = "LOT_CONSUMED";
    public const string LotExpired = "LOT_EXPIRED";
    public const string LotRetestDue = "LOT_RETEST_DUE";
    public const string LotOnHold = "LOT_ON_HOLD";
    public const string CoaOutOfSpecification = "COA_OUT_OF_SPECIFICATION";
    public const string MaterialNotQualified = "MATERIAL_NOT_QUALIFIED";
    public const string SupplierNotApproved = "SUPPLIER_NOT_APPROVED";
    public const string SupplierSuspended = "SUPPLIER_SUSPENDED";
    public const string SupplierDisqualified = "SUPPLIER_DISQUALIFIED";
    public const string CertificateMissing = "CERTIFICATE_MISSING";
    public const string CertificateLapsed = "CERTIFICATE_LAPSED";

    // UsableWithConditions
    public const string LotConditionallyReleased = "LOT_CONDITIONALLY_RELEASED";
    public const string QualificationConditional = "QUALIFICATION_CONDITIONAL";
    public const string SupplierConditional = "SUPPLIER_CONDITIONAL";
    public const string ChangeNoticeUnderAssessment = "CHANGE_NOTICE_UNDER_ASSESSMENT";
    public const string LotExpiringSoon = "LOT_EXPIRING_SOON";
}
