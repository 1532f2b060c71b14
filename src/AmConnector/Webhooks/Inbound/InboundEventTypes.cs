namespace AmConnector.Webhooks.Inbound;

/// <summary>The CloudEvent types a supplier may send (design.md); each has a schema in <c>contracts/events/</c>.</summary>
public static class InboundEventTypes
{
    public const string ChangeNoticePublished = Contracts.Events.SupplierEventTypes.ChangeNoticePublished;
    public const string ChangeNoticeRevised = Contracts.Events.SupplierEventTypes.ChangeNoticeRevised;
    public const string ChangeNoticeWithdrawn = Contracts.Events.SupplierEventTypes.ChangeNoticeWithdrawn;
    public const string CoaIssued = Contracts.Events.SupplierEventTypes.CoaIssued;
    public const string LotRecalled = Contracts.Events.SupplierEventTypes.LotRecalled;
    public const string ProductInformationUpdated = Contracts.Events.SupplierEventTypes.ProductInformationUpdated;

    /// <summary>A supplier's setup check: stored and answered, with no business effect.</summary>
    public const string Test = Contracts.Events.SupplierEventTypes.Test;

    public static IReadOnlyList<string> All { get; } =
        [ChangeNoticePublished, ChangeNoticeRevised, ChangeNoticeWithdrawn, CoaIssued, LotRecalled, ProductInformationUpdated, Test];
}
