namespace AmConnector.Client.Suppliers;

/// <summary>The CloudEvent types a supplier sends (contracts/events).</summary>
public static class SupplierEventTypes
{
    public const string ChangeNoticePublished = Contracts.Events.SupplierEventTypes.ChangeNoticePublished;
    public const string ChangeNoticeRevised = Contracts.Events.SupplierEventTypes.ChangeNoticeRevised;
    public const string ChangeNoticeWithdrawn = Contracts.Events.SupplierEventTypes.ChangeNoticeWithdrawn;
    public const string CoaIssued = Contracts.Events.SupplierEventTypes.CoaIssued;
    public const string LotRecalled = Contracts.Events.SupplierEventTypes.LotRecalled;
    public const string ProductInformationUpdated = Contracts.Events.SupplierEventTypes.ProductInformationUpdated;
    public const string Test = Contracts.Events.SupplierEventTypes.Test;
}
