namespace AmConnector.Contracts.Events;

/// <summary>
/// The CloudEvent types a supplier sends to AmConnector, each with a JSON Schema in
/// <c>contracts/events/</c>. The one list the plugin and the SDK take the names from.
/// </summary>
public static class SupplierEventTypes
{
    public const string ChangeNoticePublished = "am.change-notice.published";
    public const string ChangeNoticeRevised = "am.change-notice.revised";
    public const string ChangeNoticeWithdrawn = "am.change-notice.withdrawn";
    public const string CoaIssued = "am.coa.issued";
    public const string LotRecalled = "am.lot.recalled";
    public const string ProductInformationUpdated = "am.product-information.updated";

    /// <summary>A supplier's setup check: stored and answered, with no business effect.</summary>
    public const string Test = "am.test";
}
