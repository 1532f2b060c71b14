namespace AmConnector.Client.Suppliers;

/// <summary>The CloudEvent types a supplier sends (contracts/events).</summary>
public static class SupplierEventTypes
{
    public const string ChangeNoticePublished = "am.change-notice.published";
    public const string ChangeNoticeRevised = "am.change-notice.revised";
    public const string ChangeNoticeWithdrawn = "am.change-notice.withdrawn";
    public const string CoaIssued = "am.coa.issued";
    public const string LotRecalled = "am.lot.recalled";
    public const string ProductInformationUpdated = "am.product-information.updated";
    public const string Test = "am.test";
}
